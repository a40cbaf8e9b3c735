<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseDialog</name>
    <message>
        <source>New case</source>
        <extracomment>submit(case, path or None when editing)</extracomment>
        <translation>New case</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>e.g. 新安江流域生态补偿 第二轮</source>
        <translation>e.g. 新安江流域生态补偿 第二轮</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Party colour</source>
        <translation>Party colour</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Positions stated</source>
        <translation>Positions stated</translation>
    </message>
    <message>
        <source>Not yet stated</source>
        <translation>Not yet stated</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source>Demand of %1 on %2</source>
        <extracomment>submit(demand, new evidence files, ids of attachments to remove)</extracomment>
        <translation>Demand of %1 on %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <source>optional; %1</source>
        <translation>optional; %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>One reference per line (document, statistic, law)</source>
        <translation>One reference per line (document, statistic, law)</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Ideal value</source>
        <translation>Ideal value</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Hidden in presentation mode.</source>
        <translation>Hidden in presentation mode.</translation>
    </message>
    <message>
        <source>Reservation (confidential)</source>
        <translation>Reservation (confidential)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
</context>
<context>
    <name>DemandGridModel</name>
    <message>
        <source>— not stated —</source>
        <translation>— not stated —</translation>
    </message>
    <message>
        <source>(floor %1)</source>
        <translation>(floor %1)</translation>
    </message>
    <message>
        <source>Ideal: %1</source>
        <translation>Ideal: %1</translation>
    </message>
    <message>
        <source>Reservation: %1</source>
        <translation>Reservation: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
</context>
<context>
    <name>DemandHistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>stated</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
</context>
<context>
    <name>DemandsPage</name>
    <message>
        <source>State or change position…</source>
        <translation>State or change position…</translation>
    </message>
    <message>
        <source>Withdraw position</source>
        <translation>Withdraw position</translation>
    </message>
    <message>
        <source>Only the selected cell</source>
        <translation>Only the selected cell</translation>
    </message>
    <message>
        <source>History of demands (who changed what, when)</source>
        <translation>History of demands (who changed what, when)</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong. Your work up to the last change is saved in the case file.</source>
        <translation>Something went wrong. Your work up to the last change is saved in the case file.</translation>
    </message>
    <message>
        <source>%1

Details are in the log file:
%2</source>
        <translation>%1

Details are in the log file:
%2</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>Export bundle (&amp;full)…</source>
        <translation>Export bundle (&amp;full)…</translation>
    </message>
    <message>
        <source>Export bundle (&amp;redacted, for other parties)…</source>
        <translation>Export bundle (&amp;redacted, for other parties)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(no recent files)</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Copy saved to %1</translation>
    </message>
    <message>
        <source>Export redacted bundle</source>
        <translation>Export redacted bundle</translation>
    </message>
    <message>
        <source>Export full bundle</source>
        <translation>Export full bundle</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>Bundle written to %1</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>New case file for the bundle</source>
        <translation>New case file for the bundle</translation>
    </message>
    <message>
        <source>About Concord Desk</source>
        <translation>About Concord Desk</translation>
    </message>
    <message>
        <source>Concord Desk (区际协商台) %1
Negotiation support for inter-regional benefit coordination.</source>
        <translation>Concord Desk (区际协商台) %1
Negotiation support for inter-regional benefit coordination.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>New issue</source>
        <translation>New issue</translation>
    </message>
    <message>
        <source>Edit issue</source>
        <translation>Edit issue</translation>
    </message>
    <message>
        <source>e.g. %, 亿元, years</source>
        <translation>e.g. %, 亿元, years</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Issue</source>
        <extracomment>The ids of all issues in the order the user dropped them into.</extracomment>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Range or options</source>
        <translation>Range or options</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>IssuesPage</name>
    <message>
        <source>Add issue…</source>
        <translation>Add issue…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Delete %1 and the %2 demands on it? (Edit → Undo brings them back.)</source>
        <translation>Delete %1 and the %2 demands on it? (Edit → Undo brings them back.)</translation>
    </message>
    <message>
        <source>Delete issue</source>
        <translation>Delete issue</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Central government</source>
        <translation>Central government</translation>
    </message>
    <message>
        <source>Provincial government</source>
        <translation>Provincial government</translation>
    </message>
    <message>
        <source>Municipal government</source>
        <translation>Municipal government</translation>
    </message>
    <message>
        <source>County government</source>
        <translation>County government</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Arbiter</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Numeric range</source>
        <translation>Numeric range</translation>
    </message>
    <message>
        <source>Discrete options</source>
        <translation>Discrete options</translation>
    </message>
    <message>
        <source>Benefit sharing</source>
        <translation>Benefit sharing</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Cost sharing</source>
        <translation>Cost sharing</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>case created</translation>
    </message>
    <message>
        <source>case details changed</source>
        <translation>case details changed</translation>
    </message>
    <message>
        <source>party added</source>
        <translation>party added</translation>
    </message>
    <message>
        <source>party changed</source>
        <translation>party changed</translation>
    </message>
    <message>
        <source>party deleted</source>
        <translation>party deleted</translation>
    </message>
    <message>
        <source>party restored</source>
        <translation>party restored</translation>
    </message>
    <message>
        <source>parties reordered</source>
        <translation>parties reordered</translation>
    </message>
    <message>
        <source>issue added</source>
        <translation>issue added</translation>
    </message>
    <message>
        <source>issue changed</source>
        <translation>issue changed</translation>
    </message>
    <message>
        <source>issue deleted</source>
        <translation>issue deleted</translation>
    </message>
    <message>
        <source>issue restored</source>
        <translation>issue restored</translation>
    </message>
    <message>
        <source>issues reordered</source>
        <translation>issues reordered</translation>
    </message>
    <message>
        <source>position stated</source>
        <translation>position stated</translation>
    </message>
    <message>
        <source>position changed</source>
        <translation>position changed</translation>
    </message>
    <message>
        <source>position withdrawn</source>
        <translation>position withdrawn</translation>
    </message>
    <message>
        <source>evidence file attached</source>
        <translation>evidence file attached</translation>
    </message>
    <message>
        <source>evidence file removed</source>
        <translation>evidence file removed</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PRESENTATION MODE — confidential values are hidden (F8 to leave)</source>
        <translation>PRESENTATION MODE — confidential values are hidden (F8 to leave)</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>Every change is saved as you make it.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <source>Hide every confidential value, for the projector (F8)</source>
        <translation>Hide every confidential value, for the projector (F8)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Case details…</source>
        <translation>Case details…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About Concord Desk</source>
        <translation>About Concord Desk</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source> [presentation]</source>
        <translation> [presentation]</translation>
    </message>
    <message>
        <source>Concord Desk</source>
        <translation>Concord Desk</translation>
    </message>
    <message>
        <source>Secretariat view</source>
        <translation>Secretariat view</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Positions stated</source>
        <translation>Positions stated</translation>
    </message>
    <message>
        <source>Demands %p% complete</source>
        <translation>Demands %p% complete</translation>
    </message>
    <message>
        <source>Who has not stated a position on what</source>
        <translation>Who has not stated a position on what</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>No activity yet.</translation>
    </message>
    <message>
        <source>Last activity: %1 at %2 (%3 changes recorded)</source>
        <translation>Last activity: %1 at %2 (%3 changes recorded)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Demands</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Issues</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Drag a party onto its superior; drop it on empty space to make it top-level.</source>
        <translation>Drag a party onto its superior; drop it on empty space to make it top-level.</translation>
    </message>
    <message>
        <source>Add party…</source>
        <translation>Add party…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1 and its %2 demands? (Edit → Undo brings them back.)</source>
        <translation>Delete %1 and its %2 demands? (Edit → Undo brings them back.)</translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation>Delete party</translation>
    </message>
    <message>
        <source>Cannot move party</source>
        <translation>Cannot move party</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>New party</source>
        <translation>New party</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Edit party</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Utility of the party's best alternative to agreement (confidential)</source>
        <translation>Utility of the party's best alternative to agreement (confidential)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Delegate title</source>
        <translation>Delegate title</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Bargaining power</source>
        <translation>Bargaining power</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>BATNA and notes are hidden in presentation mode.</source>
        <translation>BATNA and notes are hidden in presentation mode.</translation>
    </message>
    <message>
        <source>BATNA utility (confidential)</source>
        <translation>BATNA utility (confidential)</translation>
    </message>
    <message>
        <source>Private notes (confidential)</source>
        <translation>Private notes (confidential)</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>BATNA (confidential)</source>
        <translation>BATNA (confidential)</translation>
    </message>
    <message>
        <source>Delegate: %1</source>
        <translation>Delegate: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
</context>
<context>
    <name>PartyTreeModel</name>
    <message>
        <source>Administrative hierarchy</source>
        <extracomment>(party id, new superior id or "" for none)</extracomment>
        <translation>Administrative hierarchy</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Open windows are rebuilt in the new language; undo history is cleared.</source>
        <translation>Open windows are rebuilt in the new language; undo history is cleared.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Task failed</source>
        <translation>Task failed</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add party %1</source>
        <translation>Add party %1</translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation>Edit party %1</translation>
    </message>
    <message>
        <source>Delete party %1</source>
        <translation>Delete party %1</translation>
    </message>
    <message>
        <source>Add issue %1</source>
        <translation>Add issue %1</translation>
    </message>
    <message>
        <source>Edit issue %1</source>
        <translation>Edit issue %1</translation>
    </message>
    <message>
        <source>Delete issue %1</source>
        <translation>Delete issue %1</translation>
    </message>
    <message>
        <source>Reorder issues</source>
        <translation>Reorder issues</translation>
    </message>
    <message>
        <source>Reorder parties</source>
        <translation>Reorder parties</translation>
    </message>
    <message>
        <source>Set demand</source>
        <translation>Set demand</translation>
    </message>
    <message>
        <source>Delete demand</source>
        <translation>Delete demand</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Edit case</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} must be text.</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>{field} must not be empty.</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field} is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>{field} must be a single line.</source>
        <translation>{field} must be a single line.</translation>
    </message>
    <message>
        <source>The name “{name}” is already used in this case.</source>
        <translation>The name “{name}” is already used in this case.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field} must be a number.</translation>
    </message>
    <message>
        <source>{field} must be a finite number.</source>
        <translation>{field} must be a finite number.</translation>
    </message>
    <message>
        <source>{field} is too large.</source>
        <translation>{field} is too large.</translation>
    </message>
    <message>
        <source>{field} must be at least {low}.</source>
        <translation>{field} must be at least {low}.</translation>
    </message>
    <message>
        <source>{field} must be at most {high}.</source>
        <translation>{field} must be at most {high}.</translation>
    </message>
    <message>
        <source>{field} has an unknown value.</source>
        <translation>{field} has an unknown value.</translation>
    </message>
    <message>
        <source>{field} is not a valid reference.</source>
        <translation>{field} is not a valid reference.</translation>
    </message>
    <message>
        <source>{field} must be a date and time.</source>
        <translation>{field} must be a date and time.</translation>
    </message>
    <message>
        <source>A party cannot be its own superior.</source>
        <translation>A party cannot be its own superior.</translation>
    </message>
    <message>
        <source>The colour must be of the form #RRGGBB.</source>
        <translation>The colour must be of the form #RRGGBB.</translation>
    </message>
    <message>
        <source>The superior of {party} is not a party of this case.</source>
        <translation>The superior of {party} is not a party of this case.</translation>
    </message>
    <message>
        <source>The chain of superiors of {party} would loop back on itself.</source>
        <translation>The chain of superiors of {party} would loop back on itself.</translation>
    </message>
    <message>
        <source>The maximum ({high}) must be greater than the minimum ({low}).</source>
        <translation>The maximum ({high}) must be greater than the minimum ({low}).</translation>
    </message>
    <message>
        <source>The step must be greater than zero.</source>
        <translation>The step must be greater than zero.</translation>
    </message>
    <message>
        <source>The step ({step}) is larger than the range.</source>
        <translation>The step ({step}) is larger than the range.</translation>
    </message>
    <message>
        <source>The step ({step}) makes more than {limit} values; choose a coarser step.</source>
        <translation>The step ({step}) makes more than {limit} values; choose a coarser step.</translation>
    </message>
    <message>
        <source>A discrete issue needs at least two options.</source>
        <translation>A discrete issue needs at least two options.</translation>
    </message>
    <message>
        <source>The option “{option}” appears twice.</source>
        <translation>The option “{option}” appears twice.</translation>
    </message>
    <message>
        <source>{field} ({value}) lies outside the range of {issue} [{low}, {high}].</source>
        <translation>{field} ({value}) lies outside the range of {issue} [{low}, {high}].</translation>
    </message>
    <message>
        <source>{field} ({value}) is not an option of {issue}.</source>
        <translation>{field} ({value}) is not an option of {issue}.</translation>
    </message>
    <message>
        <source>The reservation value must differ from the ideal value.</source>
        <translation>The reservation value must differ from the ideal value.</translation>
    </message>
    <message>
        <source>Breakpoints must have strictly increasing values.</source>
        <translation>Breakpoints must have strictly increasing values.</translation>
    </message>
    <message>
        <source>The new order must list every item once.</source>
        <translation>The new order must list every item once.</translation>
    </message>
    <message>
        <source>The item belongs to another case.</source>
        <translation>The item belongs to another case.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>The file {path} already exists; choose another name.</source>
        <translation>The file {path} already exists; choose another name.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} is not a file.</translation>
    </message>
    <message>
        <source>The file {path} is larger than 50 MB.</source>
        <translation>The file {path} is larger than 50 MB.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Delegate title</source>
        <translation>Delegate title</translation>
    </message>
    <message>
        <source>Superior</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>BATNA utility</source>
        <translation>BATNA utility</translation>
    </message>
    <message>
        <source>Bargaining power</source>
        <translation>Bargaining power</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Ideal value</source>
        <translation>Ideal value</translation>
    </message>
    <message>
        <source>Reservation value</source>
        <translation>Reservation value</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Concord Desk</source>
        <translation>Concord Desk</translation>
    </message>
    <message>
        <source>Concord Desk — negotiation support for inter-regional coordination</source>
        <translation>Concord Desk — negotiation support for inter-regional coordination</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Open case file…</source>
        <translation>Open case file…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Import bundle…</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Recent case files</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>Cannot open case file</source>
        <translation>Cannot open case file</translation>
    </message>
</context>
</TS>