<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Draft agreement</source>
        <translation>Draft agreement</translation>
    </message>
    <message>
        <source>Save agreement version</source>
        <translation>Save agreement version</translation>
    </message>
    <message>
        <source>Make version %1 final</source>
        <translation>Make version %1 final</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Draft from the package</source>
        <translation>Draft from the package</translation>
    </message>
    <message>
        <source>Make final</source>
        <translation>Make final</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Export DOCX…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Sign and verify</source>
        <translation>Sign and verify</translation>
    </message>
    <message>
        <source>Package: the concluded proposal.</source>
        <translation>Package: the concluded proposal.</translation>
    </message>
    <message>
        <source>Package: the latest tabled proposal — not concluded, so every page is marked 草案.</source>
        <translation>Package: the latest tabled proposal — not concluded, so every page is marked 草案.</translation>
    </message>
    <message>
        <source>Package: the Nash solution of the analysis — nothing tabled yet, every page is marked 草案.</source>
        <translation>Package: the Nash solution of the analysis — nothing tabled yet, every page is marked 草案.</translation>
    </message>
    <message>
        <source>Version %1 carries %2 signatures. Saving an edit makes a new draft version, and the existing signatures do not cover it.</source>
        <translation>Version %1 carries %2 signatures. Saving an edit makes a new draft version, and the existing signatures do not cover it.</translation>
    </message>
    <message>
        <source>Draft agreement</source>
        <translation>Draft agreement</translation>
    </message>
    <message>
        <source>Finding the Nash package</source>
        <translation>Finding the Nash package</translation>
    </message>
    <message>
        <source>Saved as version %1, a new draft. The %2 signatures on version %3 do not cover version %1; it must be made final and signed again.</source>
        <translation>Saved as version %1, a new draft. The %2 signatures on version %3 do not cover version %1; it must be made final and signed again.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>AgreementPreview</name>
    <message>
        <source>Choose a version to preview it.</source>
        <translation>Choose a version to preview it.</translation>
    </message>
    <message>
        <source>Rendering the pages…</source>
        <translation>Rendering the pages…</translation>
    </message>
    <message>
        <source>Rendering the preview</source>
        <translation>Rendering the preview</translation>
    </message>
    <message>
        <source>%1 pages, as they print</source>
        <translation>%1 pages, as they print</translation>
    </message>
</context>
<context>
    <name>AgreementVersionModel</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>concluded</translation>
    </message>
    <message>
        <source>draft (草案)</source>
        <translation>draft (草案)</translation>
    </message>
    <message>
        <source>Not drafted from the concluded package: every page is marked 草案.</source>
        <translation>Not drafted from the concluded package: every page is marked 草案.</translation>
    </message>
</context>
<context>
    <name>BandRow</name>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <source>Index up to</source>
        <translation>Index up to</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>BargainingCommands</name>
    <message>
        <source>New session %1</source>
        <translation>New session %1</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>Edit session %1</translation>
    </message>
    <message>
        <source>Open the next round</source>
        <translation>Open the next round</translation>
    </message>
    <message>
        <source>Open round %1</source>
        <translation>Open round %1</translation>
    </message>
    <message>
        <source>Close the round and write the minutes</source>
        <translation>Close the round and write the minutes</translation>
    </message>
    <message>
        <source>Table a proposal of %1</source>
        <translation>Table a proposal of %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Counter-propose</source>
        <translation>Counter-propose</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BargainingPanel</name>
    <message>
        <source>New session…</source>
        <extracomment>A played rehearsal's guard: turns the user's step into its turn, or refuses it out of turn.</extracomment>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>New rehearsal…</source>
        <translation>New rehearsal…</translation>
    </message>
    <message>
        <source>Rehearse: play your side against agents in a copy of this case, kept apart from the real record</source>
        <translation>Rehearse: play your side against agents in a copy of this case, kept apart from the real record</translation>
    </message>
    <message>
        <source>Open next round</source>
        <translation>Open next round</translation>
    </message>
    <message>
        <source>Comment (goes into the minutes)</source>
        <translation>Comment (goes into the minutes)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Counter with the editor's package</source>
        <translation>Counter with the editor's package</translation>
    </message>
    <message>
        <source>Notes for the minutes of this round (会议纪要)</source>
        <translation>Notes for the minutes of this round (会议纪要)</translation>
    </message>
    <message>
        <source>Close round and write the minutes</source>
        <translation>Close round and write the minutes</translation>
    </message>
    <message>
        <source>Export minutes as PDF…</source>
        <translation>Export minutes as PDF…</translation>
    </message>
    <message>
        <source>The minutes of the selected (closed) round, in the official document layout</source>
        <translation>The minutes of the selected (closed) round, in the official document layout</translation>
    </message>
    <message>
        <source>Answer the selected proposal</source>
        <translation>Answer the selected proposal</translation>
    </message>
    <message>
        <source>Minutes of the selected round:</source>
        <translation>Minutes of the selected round:</translation>
    </message>
    <message>
        <source>Concluded: every signatory accepted the proposal of %1 in round %2. It is the basis of the agreement.</source>
        <translation>Concluded: every signatory accepted the proposal of %1 in round %2. It is the basis of the agreement.</translation>
    </message>
    <message>
        <source>chair: %1</source>
        <translation>chair: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Round %1 (%2)</source>
        <translation>Round %1 (%2)</translation>
    </message>
    <message>
        <source>No session yet: create one to start recording the bargaining.</source>
        <translation>No session yet: create one to start recording the bargaining.</translation>
    </message>
    <message>
        <source>Answer proposal %1 of %2 (round %3)</source>
        <translation>Answer proposal %1 of %2 (round %3)</translation>
    </message>
    <message>
        <source>Bargaining</source>
        <translation>Bargaining</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Open a round first.</source>
        <translation>Open a round first.</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Export minutes</translation>
    </message>
</context>
<context>
    <name>BatnaDialog</name>
    <message>
        <source>BATNA of %1 (confidential)</source>
        <translation>BATNA of %1 (confidential)</translation>
    </message>
    <message>
        <source>What does %1 get if no agreement is reached? State it issue by issue (the status quo: e.g. no compensation, the current tax split) and the utility follows from its own preferences, or type the utility.</source>
        <translation>What does %1 get if no agreement is reached? State it issue by issue (the status quo: e.g. no compensation, the current tax split) and the utility follows from its own preferences, or type the utility.</translation>
    </message>
    <message>
        <source>No-agreement outcome, issue by issue</source>
        <translation>No-agreement outcome, issue by issue</translation>
    </message>
    <message>
        <source>Type the utility</source>
        <translation>Type the utility</translation>
    </message>
    <message>
        <source>BATNA utility</source>
        <translation>BATNA utility</translation>
    </message>
    <message>
        <source>%1's BATNA utility from this outcome: %2</source>
        <translation>%1's BATNA utility from this outcome: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 has stated no position yet: every package is worth 0 to it.</source>
        <translation>%1 has stated no position yet: every package is worth 0 to it.</translation>
    </message>
    <message>
        <source>0 = the worst package for %1: %2</source>
        <translation>0 = the worst package for %1: %2</translation>
    </message>
    <message>
        <source>1 = its best package: %1</source>
        <translation>1 = its best package: %1</translation>
    </message>
</context>
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
    <name>ClauseEditor</name>
    <message>
        <source>One paragraph per line; lines starting with | are table rows.</source>
        <translation>One paragraph per line; lines starting with | are table rows.</translation>
    </message>
    <message>
        <source>Edit table…</source>
        <translation>Edit table…</translation>
    </message>
    <message>
        <source>Add clause</source>
        <translation>Add clause</translation>
    </message>
    <message>
        <source>Remove clause</source>
        <translation>Remove clause</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>New clause</translation>
    </message>
</context>
<context>
    <name>ClauseTableDialog</name>
    <message>
        <source>Edit table</source>
        <translation>Edit table</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Add column</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Remove column</translation>
    </message>
</context>
<context>
    <name>CoalitionTableModel</name>
    <message>
        <source>Enter a value for coalition %1.</source>
        <translation>Enter a value for coalition %1.</translation>
    </message>
    <message>
        <source>The value of coalition %1 is not a number.</source>
        <translation>The value of coalition %1 is not a number.</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>Value (cost or benefit)</source>
        <translation>Value (cost or benefit)</translation>
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
    <name>CommitmentTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
</context>
<context>
    <name>CompensationPanel</name>
    <message>
        <source>Equal split of the surplus</source>
        <translation>Equal split of the surplus</translation>
    </message>
    <message>
        <source>In proportion to each party's gain</source>
        <translation>In proportion to each party's gain</translation>
    </message>
    <message>
        <source>By bargaining power</source>
        <translation>By bargaining power</translation>
    </message>
    <message>
        <source>Side payments for the selected package</source>
        <translation>Side payments for the selected package</translation>
    </message>
    <message>
        <source>Share the surplus:</source>
        <translation>Share the surplus:</translation>
    </message>
    <message>
        <source>Adopt as a rule</source>
        <translation>Adopt as a rule</translation>
    </message>
    <message>
        <source>Proposed as transfer rules</source>
        <translation>Proposed as transfer rules</translation>
    </message>
    <message>
        <source>Shapley calculator for a joint project</source>
        <translation>Shapley calculator for a joint project</translation>
    </message>
    <message>
        <source>Hidden in presentation mode: side payments reveal disagreement points.</source>
        <translation>Hidden in presentation mode: side payments reveal disagreement points.</translation>
    </message>
    <message>
        <source>Select a proposal or a frontier point.</source>
        <translation>Select a proposal or a frontier point.</translation>
    </message>
    <message>
        <source>No side payments can make every party whole for this package.</source>
        <translation>No side payments can make every party whole for this package.</translation>
    </message>
    <message>
        <source>Money issue: %1. Surplus over the disagreement points: %2.</source>
        <translation>Money issue: %1. Surplus over the disagreement points: %2.</translation>
    </message>
    <message>
        <source>In %1, one-off, due by the end of the year; no larger than what the rules let each payer and the fund move.</source>
        <translation>In %1, one-off, due by the end of the year; no larger than what the rules let each payer and the fund move.</translation>
    </message>
    <message>
        <source>Scaled down to %1 of the computed side payments to stay within those limits.</source>
        <translation>Scaled down to %1 of the computed side payments to stay within those limits.</translation>
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
    <name>Conductor</name>
    <message>
        <source>The rehearsal cannot go on.</source>
        <translation>The rehearsal cannot go on.</translation>
    </message>
    <message>
        <source>The rehearsal has ended: see the debrief, or start a new rehearsal.</source>
        <translation>The rehearsal has ended: see the debrief, or start a new rehearsal.</translation>
    </message>
    <message>
        <source>Wait: %1 is about to answer.</source>
        <translation>Wait: %1 is about to answer.</translation>
    </message>
    <message>
        <source>Wait: the rehearsal is being prepared (its exact frontier is being computed).</source>
        <extracomment>Kinds of change after which the game is replayed (the record, or the profiles the agents use).</extracomment>
        <translation>Wait: the rehearsal is being prepared (its exact frontier is being computed).</translation>
    </message>
    <message>
        <source>In a rehearsal the rounds are opened and closed for you. %1</source>
        <translation>In a rehearsal the rounds are opened and closed for you. %1</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>The pass cannot be kept beside the rehearsal (%1).</source>
        <translation>The pass cannot be kept beside the rehearsal (%1).</translation>
    </message>
    <message>
        <source>the mediator</source>
        <translation>the mediator</translation>
    </message>
    <message>
        <source>It is %1's turn to table a proposal (or pass).</source>
        <translation>It is %1's turn to table a proposal (or pass).</translation>
    </message>
    <message>
        <source>It is %1's turn to answer the proposal of %2.</source>
        <translation>It is %1's turn to answer the proposal of %2.</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation>Score (0–1)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation>Within limits</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Debrief (复盘) — %1</source>
        <translation>Debrief (复盘) — %1</translation>
    </message>
    <message>
        <source>Debrief report (PDF)…</source>
        <translation>Debrief report (PDF)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Still in play (round %1 of %2); the debrief so far.</source>
        <translation>Still in play (round %1 of %2); the debrief so far.</translation>
    </message>
    <message>
        <source>Agreement in round %1.</source>
        <translation>Agreement in round %1.</translation>
    </message>
    <message>
        <source>No agreement within %1 rounds: every party keeps its BATNA.</source>
        <translation>No agreement within %1 rounds: every party keeps its BATNA.</translation>
    </message>
    <message>
        <source>%1 You played %2. Utilities: %3.</source>
        <translation>%1 You played %2. Utilities: %3.</translation>
    </message>
    <message>
        <source>Nash</source>
        <translation>Nash</translation>
    </message>
    <message>
        <source>Kalai–Smorodinsky</source>
        <translation>Kalai–Smorodinsky</translation>
    </message>
    <message>
        <source>Egalitarian</source>
        <translation>Egalitarian</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>The deal</translation>
    </message>
    <message>
        <source>In brackets: what each party gained by the deal compared with the solution (negative: it got less).</source>
        <translation>In brackets: what each party gained by the deal compared with the solution (negative: it got less).</translation>
    </message>
    <message>
        <source>Distance from the deal</source>
        <translation>Distance from the deal</translation>
    </message>
    <message>
        <source>%1, round %2: asked for %3 but the deal gave it %4 — %5 conceded that was not needed.</source>
        <translation>%1, round %2: asked for %3 but the deal gave it %4 — %5 conceded that was not needed.</translation>
    </message>
    <message>
        <source>None: no party offered less than it finally got.</source>
        <translation>None: no party offered less than it finally got.</translation>
    </message>
    <message>
        <source>No deal, so nothing to improve on: see the curves above.</source>
        <translation>No deal, so nothing to improve on: see the curves above.</translation>
    </message>
    <message>
        <source>None: the deal lies on the Pareto frontier.</source>
        <translation>None: the deal lies on the Pareto frontier.</translation>
    </message>
    <message>
        <source>%1 frontier packages are at least as good for every party. The most each could still gain: %2; all at once: +%3.</source>
        <translation>%1 frontier packages are at least as good for every party. The most each could still gain: %2; all at once: +%3.</translation>
    </message>
    <message>
        <source>The deal against the bargaining solutions</source>
        <translation>The deal against the bargaining solutions</translation>
    </message>
    <message>
        <source>Needless concessions</source>
        <translation>Needless concessions</translation>
    </message>
    <message>
        <source>Value left on the table</source>
        <translation>Value left on the table</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>Debrief report</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(you)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the dispute</source>
        <translation>Decide the dispute</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Amount awarded</source>
        <translation>Amount awarded</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
</context>
<context>
    <name>DeductionForm</name>
    <message>
        <source>A share of the party's allocation per section</source>
        <translation>A share of the party's allocation per section</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>A fixed amount</translation>
    </message>
    <message>
        <source>Deduction per failure</source>
        <translation>Deduction per failure</translation>
    </message>
    <message>
        <source>The other recipients, by allocation</source>
        <translation>The other recipients, by allocation</translation>
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
        <source>Weights…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <source>Weights of the selected party's issues, by swing weighting or pairwise comparison</source>
        <translation>Weights of the selected party's issues, by swing weighting or pairwise comparison</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>Scores…</translation>
    </message>
    <message>
        <source>Rate every option (discrete issue) or shape the value function (numeric issue) of the selected cell's party</source>
        <translation>Rate every option (discrete issue) or shape the value function (numeric issue) of the selected cell's party</translation>
    </message>
    <message>
        <source>BATNA…</source>
        <translation>BATNA…</translation>
    </message>
    <message>
        <source>What the selected party gets if no agreement is reached (confidential): the outcome issue by issue, or the utility</source>
        <translation>What the selected party gets if no agreement is reached (confidential): the outcome issue by issue, or the utility</translation>
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
    <message>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <source>%1 has stated fewer than two positions: there is nothing to weigh yet.</source>
        <translation>%1 has stated fewer than two positions: there is nothing to weigh yet.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>BATNA</source>
        <translation>BATNA</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Raise a dispute</source>
        <translation>Raise a dispute</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Choose two different parties.</source>
        <translation>Choose two different parties.</translation>
    </message>
</context>
<context>
    <name>DisputeTableModel</name>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source> (passed)</source>
        <translation> (passed)</translation>
    </message>
</context>
<context>
    <name>DisputesPanel</name>
    <message>
        <source>Raise…</source>
        <translation>Raise…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalate…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Letter to the arbiter…</source>
        <translation>Letter to the arbiter…</translation>
    </message>
    <message>
        <source>Draft the letter asking the current arbiter to decide (PDF)</source>
        <translation>Draft the letter asking the current arbiter to decide (PDF)</translation>
    </message>
    <message>
        <source>No dispute has been raised.</source>
        <translation>No dispute has been raised.</translation>
    </message>
    <message>
        <source>Escalation chain</source>
        <translation>Escalation chain</translation>
    </message>
    <message>
        <source>— deadline passed</source>
        <translation>— deadline passed</translation>
    </message>
    <message>
        <source>√ %1 (%2): %3 – %4, deadline %5</source>
        <translation>√ %1 (%2): %3 – %4, deadline %5</translation>
    </message>
    <message>
        <source>● %1 (%2): since %3, decide by %4</source>
        <translation>● %1 (%2): since %3, decide by %4</translation>
    </message>
    <message>
        <source>○ %1 (%2): next if not settled</source>
        <translation>○ %1 (%2): next if not settled</translation>
    </message>
    <message>
        <source>Decision on %1: %2, %3. %4</source>
        <translation>Decision on %1: %2, %3. %4</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>Edit duty</source>
        <translation>Edit duty</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
</context>
<context>
    <name>ElicitationCommands</name>
    <message>
        <source>Weights of %1</source>
        <translation>Weights of %1</translation>
    </message>
    <message>
        <source>Scores of %1 on %2</source>
        <translation>Scores of %1 on %2</translation>
    </message>
    <message>
        <source>BATNA of %1</source>
        <translation>BATNA of %1</translation>
    </message>
</context>
<context>
    <name>ElicitationText</name>
    <message>
        <source>Weights by swing weighting: points %1 (of %2 in all) → weights %3.</source>
        <translation>Weights by swing weighting: points %1 (of %2 in all) → weights %3.</translation>
    </message>
    <message>
        <source>Weights by pairwise comparison (AHP): %1 → weights %2.</source>
        <translation>Weights by pairwise comparison (AHP): %1 → weights %2.</translation>
    </message>
    <message>
        <source>Weights set by hand: %1.</source>
        <translation>Weights set by hand: %1.</translation>
    </message>
    <message>
        <source>Scores of %1 from ratings (best 1, worst 0): %2.</source>
        <translation>Scores of %1 from ratings (best 1, worst 0): %2.</translation>
    </message>
    <message>
        <source>Value function of %1 through the points %2.</source>
        <translation>Value function of %1 through the points %2.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the bargaining is concluded: every signatory accepted a proposal</source>
        <extracomment>Fixed messages of the services' own errors (not validation errors) that reach the user, e.g. when an undo or redo is refused; translated by their English text.</extracomment>
        <translation>the bargaining is concluded: every signatory accepted a proposal</translation>
    </message>
    <message>
        <source>this round is closed; open a new round to table proposals</source>
        <translation>this round is closed; open a new round to table proposals</translation>
    </message>
    <message>
        <source>the round of this proposal is closed</source>
        <translation>the round of this proposal is closed</translation>
    </message>
    <message>
        <source>close the current round before opening the next one</source>
        <translation>close the current round before opening the next one</translation>
    </message>
    <message>
        <source>this version carries signatures; edit it to make a new draft instead</source>
        <translation>this version carries signatures; edit it to make a new draft instead</translation>
    </message>
    <message>
        <source>only an agreement on the concluded package can be made final: conclude the bargaining (every signatory accepts a proposal) and draft again</source>
        <translation>only an agreement on the concluded package can be made final: conclude the bargaining (every signatory accepts a proposal) and draft again</translation>
    </message>
    <message>
        <source>the case has no issues, so there is no package to draft from</source>
        <translation>the case has no issues, so there is no package to draft from</translation>
    </message>
    <message>
        <source>no such round in this case</source>
        <translation>no such round in this case</translation>
    </message>
    <message>
        <source>the case has no concluded package yet: nothing is due before the parties agree</source>
        <extracomment>The monitoring services' fixed refusals, translated where they reach the user (desk.ui.validation_text).</extracomment>
        <translation>the case has no concluded package yet: nothing is due before the parties agree</translation>
    </message>
    <message>
        <source>the commitment is already waived</source>
        <translation>the commitment is already waived</translation>
    </message>
    <message>
        <source>the commitment is not waived</source>
        <translation>the commitment is not waived</translation>
    </message>
    <message>
        <source>only a payment or an award can be paid; a reading is reported</source>
        <translation>only a payment or an award can be paid; a reading is reported</translation>
    </message>
    <message>
        <source>the dispute is already decided</source>
        <translation>the dispute is already decided</translation>
    </message>
    <message>
        <source>a decision needs its reasoning</source>
        <translation>a decision needs its reasoning</translation>
    </message>
    <message>
        <source>a rejected claim awards no amount</source>
        <translation>a rejected claim awards no amount</translation>
    </message>
    <message>
        <source>a partly upheld claim needs the amount awarded</source>
        <translation>a partly upheld claim needs the amount awarded</translation>
    </message>
    <message>
        <source>a partly upheld claim awards less than the claim; use upheld for the whole claim</source>
        <translation>a partly upheld claim awards less than the claim; use upheld for the whole claim</translation>
    </message>
    <message>
        <source>the dispute states no money unit, so no amount can be awarded</source>
        <translation>the dispute states no money unit, so no amount can be awarded</translation>
    </message>
    <message>
        <source>the dispute is already at the top of the hierarchy: no higher level among the case's parties</source>
        <translation>the dispute is already at the top of the hierarchy: no higher level among the case's parties</translation>
    </message>
    <message>
        <source>the dispute is already at the joint conference: no higher level among the case's parties; add their common superior as a party</source>
        <translation>the dispute is already at the joint conference: no higher level among the case's parties; add their common superior as a party</translation>
    </message>
    <message>
        <source>a dispute needs at least two different parties</source>
        <translation>a dispute needs at least two different parties</translation>
    </message>
    <message>
        <source>the commitment names no party of the case (add the secretariat as a party to waive it)</source>
        <translation>the commitment names no party of the case (add the secretariat as a party to waive it)</translation>
    </message>
    <message>
        <source>the duty's owner is not a party of this case</source>
        <translation>the duty's owner is not a party of this case</translation>
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
    <name>ExplainDialog</name>
    <message>
        <source>Why %1 values this package at %2</source>
        <translation>Why %1 values this package at %2</translation>
    </message>
    <message>
        <source>Utility = sum of weight × score over the issues = %1.</source>
        <translation>Utility = sum of weight × score over the issues = %1.</translation>
    </message>
    <message>
        <source>Disagreement point (no agreement): %1.</source>
        <translation>Disagreement point (no agreement): %1.</translation>
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
        <source>Import &amp;GENIUS domain…</source>
        <translation>Import &amp;GENIUS domain…</translation>
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
        <extracomment>The folder for case files under the user's documents folder.</extracomment>
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
        <source>Import GENIUS domain</source>
        <translation>Import GENIUS domain</translation>
    </message>
    <message>
        <source>GENIUS domain and profile files (choose them together)</source>
        <translation>GENIUS domain and profile files (choose them together)</translation>
    </message>
    <message>
        <source>New case file for the GENIUS domain</source>
        <translation>New case file for the GENIUS domain</translation>
    </message>
    <message>
        <source>%1: the weights sum to %2; they were normalised to 1, so its utilities are divided by %2.</source>
        <translation>%1: the weights sum to %2; they were normalised to 1, so its utilities are divided by %2.</translation>
    </message>
    <message>
        <source>Discount factors are ignored: %1.</source>
        <translation>Discount factors are ignored: %1.</translation>
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
    <name>FixedTransferForm</name>
    <message>
        <source>Once, on a date</source>
        <translation>Once, on a date</translation>
    </message>
    <message>
        <source>Every year over a term</source>
        <translation>Every year over a term</translation>
    </message>
    <message>
        <source>In instalments</source>
        <translation>In instalments</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Instalments</translation>
    </message>
</context>
<context>
    <name>FrontierView</name>
    <message>
        <source>More parties…</source>
        <translation>More parties…</translation>
    </message>
    <message>
        <source>Add parties to the multi-party view (parallel coordinates)</source>
        <translation>Add parties to the multi-party view (parallel coordinates)</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The chart appears when this page is shown.</source>
        <translation>The chart appears when this page is shown.</translation>
    </message>
    <message>
        <source>Two parties</source>
        <translation>Two parties</translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation>Horizontal:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Vertical:</translation>
    </message>
    <message>
        <source>Choose two different parties.</source>
        <translation>Choose two different parties.</translation>
    </message>
    <message>
        <source>All chosen parties</source>
        <translation>All chosen parties</translation>
    </message>
    <message>
        <source>Frontier: %1 packages; %2 possible packages in all.</source>
        <translation>Frontier: %1 packages; %2 possible packages in all.</translation>
    </message>
    <message>
        <source>Computing the frontier…</source>
        <translation>Computing the frontier…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User &amp;manual</source>
        <translation>User &amp;manual</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>ImprovementPanel</name>
    <message>
        <source>Load the best package into the editor</source>
        <translation>Load the best package into the editor</translation>
    </message>
    <message>
        <source>Frontier packages that beat it:</source>
        <translation>Frontier packages that beat it:</translation>
    </message>
    <message>
        <source>Most each party can gain (no one loses):</source>
        <translation>Most each party can gain (no one loses):</translation>
    </message>
    <message>
        <source>Distance to the frontier:</source>
        <translation>Distance to the frontier:</translation>
    </message>
    <message>
        <source>Select a proposal (or edit one) to see what is left on the table.</source>
        <translation>Select a proposal (or edit one) to see what is left on the table.</translation>
    </message>
    <message>
        <source>On the frontier: no party can gain without another losing.</source>
        <translation>On the frontier: no party can gain without another losing.</translation>
    </message>
    <message>
        <source>Nothing beats it on the frontier, but it is below some party's disagreement point or limits.</source>
        <translation>Nothing beats it on the frontier, but it is below some party's disagreement point or limits.</translation>
    </message>
    <message>
        <source>Every party can gain; %1 gains most (+%2) from moving %3 to %4.</source>
        <translation>Every party can gain; %1 gains most (+%2) from moving %3 to %4.</translation>
    </message>
    <message>
        <source>Some can gain and no one loses; %1 gains most (+%2) from moving %3 to %4.</source>
        <translation>Some can gain and no one loses; %1 gains most (+%2) from moving %3 to %4.</translation>
    </message>
</context>
<context>
    <name>IndexTransferForm</name>
    <message>
        <source>P = K0 × Σ(ki × Ci / Ci0) over indicators</source>
        <translation>P = K0 × Σ(ki × Ci / Ci0) over indicators</translation>
    </message>
    <message>
        <source>One indicator's yearly value</source>
        <translation>One indicator's yearly value</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Decided by the option chosen for %1 (kept as stated)</source>
        <translation>Decided by the option chosen for %1 (kept as stated)</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <source>Open read-only</source>
        <extracomment>Says why a typed passphrase is refused (e.g. "wrong passphrase"), or None to accept it.</extracomment>
        <translation>Open read-only</translation>
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
        <source>(not a payment)</source>
        <translation>(not a payment)</translation>
    </message>
    <message>
        <source>(the joint compensation fund)</source>
        <translation>(the joint compensation fund)</translation>
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
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
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
        <source>BATNA set (no-agreement outcome)</source>
        <translation>BATNA set (no-agreement outcome)</translation>
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
    <message>
        <source>position restored</source>
        <translation>position restored</translation>
    </message>
    <message>
        <source>session created</source>
        <translation>session created</translation>
    </message>
    <message>
        <source>session changed</source>
        <translation>session changed</translation>
    </message>
    <message>
        <source>session withdrawn</source>
        <translation>session withdrawn</translation>
    </message>
    <message>
        <source>session restored</source>
        <translation>session restored</translation>
    </message>
    <message>
        <source>round opened</source>
        <translation>round opened</translation>
    </message>
    <message>
        <source>round closed, minutes written</source>
        <translation>round closed, minutes written</translation>
    </message>
    <message>
        <source>round reopened</source>
        <translation>round reopened</translation>
    </message>
    <message>
        <source>round withdrawn</source>
        <translation>round withdrawn</translation>
    </message>
    <message>
        <source>round restored</source>
        <translation>round restored</translation>
    </message>
    <message>
        <source>proposal tabled</source>
        <translation>proposal tabled</translation>
    </message>
    <message>
        <source>proposal withdrawn</source>
        <translation>proposal withdrawn</translation>
    </message>
    <message>
        <source>proposal restored</source>
        <translation>proposal restored</translation>
    </message>
    <message>
        <source>answer recorded</source>
        <translation>answer recorded</translation>
    </message>
    <message>
        <source>answer withdrawn</source>
        <translation>answer withdrawn</translation>
    </message>
    <message>
        <source>agreement reached on a proposal</source>
        <translation>agreement reached on a proposal</translation>
    </message>
    <message>
        <source>bargaining reopened</source>
        <translation>bargaining reopened</translation>
    </message>
    <message>
        <source>agreement version saved</source>
        <translation>agreement version saved</translation>
    </message>
    <message>
        <source>agreement version withdrawn</source>
        <translation>agreement version withdrawn</translation>
    </message>
    <message>
        <source>agreement status changed</source>
        <translation>agreement status changed</translation>
    </message>
    <message>
        <source>signature recorded</source>
        <translation>signature recorded</translation>
    </message>
    <message>
        <source>secretariat certificate authority created</source>
        <translation>secretariat certificate authority created</translation>
    </message>
    <message>
        <source>delegate signing identity issued</source>
        <translation>delegate signing identity issued</translation>
    </message>
    <message>
        <source>certificate authority trusted</source>
        <translation>certificate authority trusted</translation>
    </message>
    <message>
        <source>delegate certificate bound to its party</source>
        <translation>delegate certificate bound to its party</translation>
    </message>
    <message>
        <source>preferences elicited</source>
        <translation>preferences elicited</translation>
    </message>
    <message>
        <source>indicator added</source>
        <translation>indicator added</translation>
    </message>
    <message>
        <source>indicator changed</source>
        <translation>indicator changed</translation>
    </message>
    <message>
        <source>indicator deleted</source>
        <translation>indicator deleted</translation>
    </message>
    <message>
        <source>benefit rule added</source>
        <translation>benefit rule added</translation>
    </message>
    <message>
        <source>benefit rule changed</source>
        <translation>benefit rule changed</translation>
    </message>
    <message>
        <source>benefit rule deleted</source>
        <translation>benefit rule deleted</translation>
    </message>
    <message>
        <source>reading recorded</source>
        <translation>reading recorded</translation>
    </message>
    <message>
        <source>reading changed</source>
        <translation>reading changed</translation>
    </message>
    <message>
        <source>reading deleted</source>
        <translation>reading deleted</translation>
    </message>
    <message>
        <source>readings imported</source>
        <translation>readings imported</translation>
    </message>
    <message>
        <source>rows lost outside the app restored from the audit log</source>
        <translation>rows lost outside the app restored from the audit log</translation>
    </message>
    <message>
        <source>reading scenario added</source>
        <translation>reading scenario added</translation>
    </message>
    <message>
        <source>reading scenario changed</source>
        <translation>reading scenario changed</translation>
    </message>
    <message>
        <source>reading scenario deleted</source>
        <translation>reading scenario deleted</translation>
    </message>
    <message>
        <source>reading scenario restored</source>
        <translation>reading scenario restored</translation>
    </message>
    <message>
        <source>reading scenario imported</source>
        <translation>reading scenario imported</translation>
    </message>
    <message>
        <source>scenario reading entered</source>
        <translation>scenario reading entered</translation>
    </message>
    <message>
        <source>scenario reading changed</source>
        <translation>scenario reading changed</translation>
    </message>
    <message>
        <source>scenario reading deleted</source>
        <translation>scenario reading deleted</translation>
    </message>
    <message>
        <source>scenario reading imported</source>
        <translation>scenario reading imported</translation>
    </message>
    <message>
        <source>scenario readings imported</source>
        <translation>scenario readings imported</translation>
    </message>
    <message>
        <source>scenario readings copied</source>
        <translation>scenario readings copied</translation>
    </message>
    <message>
        <source>scenario readings restored</source>
        <translation>scenario readings restored</translation>
    </message>
    <message>
        <source>readings import undone</source>
        <translation>readings import undone</translation>
    </message>
    <message>
        <source>scenario readings import undone</source>
        <translation>scenario readings import undone</translation>
    </message>
    <message>
        <source>commitment waived</source>
        <translation>commitment waived</translation>
    </message>
    <message>
        <source>commitment waiver withdrawn</source>
        <translation>commitment waiver withdrawn</translation>
    </message>
    <message>
        <source>payment recorded</source>
        <translation>payment recorded</translation>
    </message>
    <message>
        <source>payment record deleted</source>
        <translation>payment record deleted</translation>
    </message>
    <message>
        <source>dispute raised</source>
        <translation>dispute raised</translation>
    </message>
    <message>
        <source>dispute escalated</source>
        <translation>dispute escalated</translation>
    </message>
    <message>
        <source>dispute decided</source>
        <translation>dispute decided</translation>
    </message>
    <message>
        <source>dispute step undone or redone</source>
        <translation>dispute step undone or redone</translation>
    </message>
    <message>
        <source>dispute withdrawn</source>
        <translation>dispute withdrawn</translation>
    </message>
    <message>
        <source>duty added</source>
        <translation>duty added</translation>
    </message>
    <message>
        <source>duty changed</source>
        <translation>duty changed</translation>
    </message>
    <message>
        <source>duty deleted</source>
        <translation>duty deleted</translation>
    </message>
    <message>
        <source>monitoring terms saved</source>
        <translation>monitoring terms saved</translation>
    </message>
    <message>
        <source>evaluation findings recorded</source>
        <translation>evaluation findings recorded</translation>
    </message>
    <message>
        <source>evaluation findings removed</source>
        <translation>evaluation findings removed</translation>
    </message>
    <message>
        <source>duty marked done</source>
        <translation>duty marked done</translation>
    </message>
    <message>
        <source>round linked (previous or next case file)</source>
        <translation>round linked (previous or next case file)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PRESENTATION MODE — confidential values are hidden (F8 to leave)</source>
        <translation>PRESENTATION MODE — confidential values are hidden (F8 to leave)</translation>
    </message>
    <message>
        <source>演练 REHEARSAL — this file is a rehearsal kept beside the case, not the real record; delete it when it has served.</source>
        <translation>演练 REHEARSAL — this file is a rehearsal kept beside the case, not the real record; delete it when it has served.</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed in this window.</source>
        <translation>Read-only: nothing can be changed in this window.</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>Every change is saved as you make it.</translation>
    </message>
    <message>
        <source>Another program saved a change to this file: shown again as it is now.</source>
        <translation>Another program saved a change to this file: shown again as it is now.</translation>
    </message>
    <message>
        <source>READ-ONLY — another program is editing this file; this window follows its saved changes and cannot edit.</source>
        <translation>READ-ONLY — another program is editing this file; this window follows its saved changes and cannot edit.</translation>
    </message>
    <message>
        <source>Edit now</source>
        <translation>Edit now</translation>
    </message>
    <message>
        <source>Open the file for editing (once the other program has closed it)</source>
        <translation>Open the file for editing (once the other program has closed it)</translation>
    </message>
    <message>
        <source>“%1” cannot be undone or redone now: %2 It was taken off the undo history.</source>
        <translation>“%1” cannot be undone or redone now: %2 It was taken off the undo history.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
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
        <source>Opening the case file…</source>
        <translation>Opening the case file…</translation>
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
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source> [presentation]</source>
        <translation> [presentation]</translation>
    </message>
    <message>
        <source>Concord Desk</source>
        <extracomment>Text is this much larger in presentation mode on a screen at least this tall (px): readable from the back of a meeting room on a projector, while the window still fits (a 1366 × 768 laptop keeps desktop sizes). The banner of a rehearsal's sandbox file (演练): the rehearsal page's colour.</extracomment>
        <translation>Concord Desk</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [read-only]</translation>
    </message>
    <message>
        <source>Secretariat view</source>
        <translation>Secretariat view</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>User manual — Concord Desk</source>
        <translation>User manual — Concord Desk</translation>
    </message>
    <message>
        <source>The manual is missing from this installation (%1).</source>
        <translation>The manual is missing from this installation (%1).</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>The readings the payments are computed with: those reported, or a named scenario of the case</source>
        <extracomment>the figures shown now match the inputs (emitted after each computation, also a failed one)</extracomment>
        <translation>The readings the payments are computed with: those reported, or a named scenario of the case</translation>
    </message>
    <message>
        <source>Pin the selected package as B</source>
        <translation>Pin the selected package as B</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Reported readings (报送数据)</source>
        <translation>Reported readings (报送数据)</translation>
    </message>
    <message>
        <source>the reported readings</source>
        <translation>the reported readings</translation>
    </message>
    <message>
        <source>the scenario “%1”</source>
        <translation>the scenario “%1”</translation>
    </message>
    <message>
        <source>The case has no sharing or compensation rules to compute money from.</source>
        <translation>The case has no sharing or compensation rules to compute money from.</translation>
    </message>
    <message>
        <source>Select a proposal, or edit a package, to see it in money.</source>
        <translation>Select a proposal, or edit a package, to see it in money.</translation>
    </message>
    <message>
        <source>Computing the payments under %1…</source>
        <translation>Computing the payments under %1…</translation>
    </message>
    <message>
        <source>Totals over the term under %2 (+ receives, − pays), in %1.</source>
        <translation>Totals over the term under %2 (+ receives, − pays), in %1.</translation>
    </message>
</context>
<context>
    <name>MoneyTableModel</name>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Selected (A)</source>
        <translation>Selected (A)</translation>
    </message>
    <message>
        <source>Pinned (B)</source>
        <translation>Pinned (B)</translation>
    </message>
    <message>
        <source>A − B</source>
        <translation>A − B</translation>
    </message>
</context>
<context>
    <name>MonitoringActions</name>
    <message>
        <source>Payment not recorded</source>
        <translation>Payment not recorded</translation>
    </message>
    <message>
        <source>Not waived</source>
        <translation>Not waived</translation>
    </message>
    <message>
        <source>Waiver not withdrawn</source>
        <translation>Waiver not withdrawn</translation>
    </message>
    <message>
        <source>Duty not saved</source>
        <translation>Duty not saved</translation>
    </message>
    <message>
        <source>Duty not deleted</source>
        <translation>Duty not deleted</translation>
    </message>
    <message>
        <source>Dispute not raised</source>
        <translation>Dispute not raised</translation>
    </message>
    <message>
        <source>Escalate the dispute</source>
        <translation>Escalate the dispute</translation>
    </message>
    <message>
        <source>Date the next level takes it up (YYYY-MM-DD):</source>
        <translation>Date the next level takes it up (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>Dispute not escalated</source>
        <translation>Dispute not escalated</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Dispute not decided</source>
        <translation>Dispute not decided</translation>
    </message>
    <message>
        <source>Export the status board</source>
        <translation>Export the status board</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>MonitoringCommands</name>
    <message>
        <source>Waive %1</source>
        <translation>Waive %1</translation>
    </message>
    <message>
        <source>Withdraw waiver of %1</source>
        <translation>Withdraw waiver of %1</translation>
    </message>
    <message>
        <source>Record payment for %1</source>
        <translation>Record payment for %1</translation>
    </message>
    <message>
        <source>Add duty %1</source>
        <translation>Add duty %1</translation>
    </message>
    <message>
        <source>Edit duty %1</source>
        <translation>Edit duty %1</translation>
    </message>
    <message>
        <source>Delete duty %1</source>
        <translation>Delete duty %1</translation>
    </message>
    <message>
        <source>Raise dispute %1</source>
        <translation>Raise dispute %1</translation>
    </message>
    <message>
        <source>Escalate dispute %1</source>
        <translation>Escalate dispute %1</translation>
    </message>
    <message>
        <source>Decide dispute %1</source>
        <translation>Decide dispute %1</translation>
    </message>
</context>
<context>
    <name>MonitoringDocuments</name>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Evaluation report</translation>
    </message>
    <message>
        <source>The secretariat's findings for the term (stated in the report; may be left empty):</source>
        <translation>The secretariat's findings for the term (stated in the report; may be left empty):</translation>
    </message>
    <message>
        <source>Letter to the arbiter</source>
        <translation>Letter to the arbiter</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Next round</translation>
    </message>
    <message>
        <source>The next round “%1” was created as %2, with each party's last package values as its starting demands. Open it now?</source>
        <translation>The next round “%1” was created as %2, with each party's last package values as its starting demands. Open it now?</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Today</source>
        <extracomment>Above this many readings and payments the board is computed on a worker thread (bench/monitoring_board.py: 8–11 s for 10⁵ readings and 5·10⁴ payments on a loaded machine; the Xin'an sample takes milliseconds).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Status on</source>
        <translation>Status on</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Export the status board as a PDF (official layout)</source>
        <translation>Export the status board as a PDF (official layout)</translation>
    </message>
    <message>
        <source>Export the status board as an Excel workbook</source>
        <translation>Export the status board as an Excel workbook</translation>
    </message>
    <message>
        <source>Evaluation…</source>
        <translation>Evaluation…</translation>
    </message>
    <message>
        <source>The evaluation report (评估与反馈): targets against outcomes, money due against paid, disputes, fairness, the secretariat's findings (PDF and DOCX)</source>
        <translation>The evaluation report (评估与反馈): targets against outcomes, money due against paid, disputes, fairness, the secretariat's findings (PDF and DOCX)</translation>
    </message>
    <message>
        <source>Next round…</source>
        <translation>Next round…</translation>
    </message>
    <message>
        <source>Start the next round as a new case file linked to this one</source>
        <translation>Start the next round as a new case file linked to this one</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Waive…</translation>
    </message>
    <message>
        <source>Withdraw waiver</source>
        <translation>Withdraw waiver</translation>
    </message>
    <message>
        <source>Add duty…</source>
        <translation>Add duty…</translation>
    </message>
    <message>
        <source>Edit duty…</source>
        <translation>Edit duty…</translation>
    </message>
    <message>
        <source>Delete duty</source>
        <translation>Delete duty</translation>
    </message>
    <message>
        <source>Due and paid</source>
        <translation>Due and paid</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputes</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Nothing is due yet: the status board opens once every signatory has accepted a package (Sessions) — commitments follow from the concluded agreement.</source>
        <translation>Nothing is due yet: the status board opens once every signatory has accepted a package (Sessions) — commitments follow from the concluded agreement.</translation>
    </message>
    <message>
        <source>Computing the status board for %1 readings and payments…</source>
        <translation>Computing the status board for %1 readings and payments…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>Nothing is overdue on %1.</source>
        <translation>Nothing is overdue on %1.</translation>
    </message>
    <message>
        <source>%1 owes %2 (%3 days late)</source>
        <translation>%1 owes %2 (%3 days late)</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; and %1 more</translation>
    </message>
    <message>
        <source>▲ Overdue on %1: %2</source>
        <translation>▲ Overdue on %1: %2</translation>
    </message>
    <message>
        <source>%1: due %2, paid %3, &lt;b&gt;outstanding %4&lt;/b&gt;</source>
        <translation>%1: due %2, paid %3, &lt;b&gt;outstanding %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; to receive %1, received %2</source>
        <translation>; to receive %1, received %2</translation>
    </message>
    <message>
        <source>Balances (%1):</source>
        <translation>Balances (%1):</translation>
    </message>
    <message>
        <source>fell due</source>
        <translation>fell due</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>owes {x}</source>
        <translation>owes {x}</translation>
    </message>
    <message>
        <source>Nothing has fallen due yet.</source>
        <translation>Nothing has fallen due yet.</translation>
    </message>
</context>
<context>
    <name>NewRehearsalDialog</name>
    <message>
        <source>New rehearsal (演练)</source>
        <translation>New rehearsal (演练)</translation>
    </message>
    <message>
        <source>Play your side against agents in a copy of this case. The copy is kept beside the case file, apart from the real record: nothing of it reaches the minutes, the agreement or the exports.</source>
        <translation>Play your side against agents in a copy of this case. The copy is kept beside the case file, apart from the real record: nothing of it reaches the minutes, the agreement or the exports.</translation>
    </message>
    <message>
        <source>Who plays</source>
        <translation>Who plays</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>You play it</source>
        <translation>You play it</translation>
    </message>
    <message>
        <source>Otherwise the agent plays</source>
        <translation>Otherwise the agent plays</translation>
    </message>
    <message>
        <source>The same seed gives the same seating order and the same perturbation</source>
        <translation>The same seed gives the same seating order and the same perturbation</translation>
    </message>
    <message>
        <source>Each agent's issue weights and BATNA utility are drawn within ± this range: rehearse against what a counterpart might really want.</source>
        <translation>Each agent's issue weights and BATNA utility are drawn within ± this range: rehearse against what a counterpart might really want.</translation>
    </message>
    <message>
        <source>The mediator tables texts moving toward the Nash package</source>
        <translation>The mediator tables texts moving toward the Nash package</translation>
    </message>
    <message>
        <source>The case names no mediator (协调方)</source>
        <translation>The case names no mediator (协调方)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the agents wait before they answer, so you can think; 0 answers at once. It can be changed during the rehearsal.</source>
        <translation>How long the agents wait before they answer, so you can think; 0 answers at once. It can be changed during the rehearsal.</translation>
    </message>
    <message>
        <source>Deadline, uncertainty and pace</source>
        <translation>Deadline, uncertainty and pace</translation>
    </message>
    <message>
        <source>Deadline (rounds)</source>
        <translation>Deadline (rounds)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Perturbation (±)</source>
        <translation>Perturbation (±)</translation>
    </message>
    <message>
        <source>Pause before the agents answer</source>
        <translation>Pause before the agents answer</translation>
    </message>
    <message>
        <source>Start the rehearsal</source>
        <translation>Start the rehearsal</translation>
    </message>
    <message>
        <source>A rehearsal needs at least two signatories: one for you, one for an agent.</source>
        <translation>A rehearsal needs at least two signatories: one for you, one for an agent.</translation>
    </message>
    <message>
        <source>Choose at least one party to play yourself.</source>
        <translation>Choose at least one party to play yourself.</translation>
    </message>
    <message>
        <source>Leave at least one party to the agents.</source>
        <translation>Leave at least one party to the agents.</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <source>Operator</source>
        <extracomment>Longest name kept (a person's name and unit, one line).</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Your name, recorded as the operator (操作人) of every change you make (you can change it in Preferences):</source>
        <translation>Your name, recorded as the operator (操作人) of every change you make (you can change it in Preferences):</translation>
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
    <message>
        <source> — operator: %1</source>
        <translation> — operator: %1</translation>
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
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Sharing and compensation</source>
        <translation>Sharing and compensation</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Opens once every signatory has accepted a package</source>
        <translation>Opens once every signatory has accepted a package</translation>
    </message>
</context>
<context>
    <name>ParamEdit</name>
    <message>
        <source>Fixed value</source>
        <translation>Fixed value</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>Issue: %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Issue: %1 (a value per option)</source>
        <translation>Issue: %1 (a value per option)</translation>
    </message>
</context>
<context>
    <name>ParameterTableModel</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value or deciding issue</source>
        <translation>Value or deciding issue</translation>
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
        <source>Computed from the no-agreement outcome stated issue by issue (Demands page, BATNA…)</source>
        <translation>Computed from the no-agreement outcome stated issue by issue (Demands page, BATNA…)</translation>
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
        <source>%1 (from the no-agreement outcome)</source>
        <translation>%1 (from the no-agreement outcome)</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>it is shorter than %1 characters</source>
        <translation>it is shorter than %1 characters</translation>
    </message>
    <message>
        <source>it is made of one kind of character only</source>
        <translation>it is made of one kind of character only</translation>
    </message>
    <message>
        <source>This passphrase is weak: %1. Use a long phrase mixing letters, digits and signs, or press OK again to keep it.</source>
        <translation>This passphrase is weak: %1. Use a long phrase mixing letters, digits and signs, or press OK again to keep it.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>e.g. 财建〔2016〕1号</source>
        <translation>e.g. 财建〔2016〕1号</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>PaymentTableModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
</context>
<context>
    <name>PlayedRehearsals</name>
    <message>
        <source>Played rehearsals of this case</source>
        <translation>Played rehearsals of this case</translation>
    </message>
    <message>
        <source>New rehearsal…</source>
        <translation>New rehearsal…</translation>
    </message>
    <message>
        <source>Play your side against agents in the Sessions page of a copy of this case</source>
        <translation>Play your side against agents in the Sessions page of a copy of this case</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>This file is a rehearsal: start new ones from the real case.</source>
        <translation>This file is a rehearsal: start new ones from the real case.</translation>
    </message>
    <message>
        <source>%1 — agents only</source>
        <translation>%1 — agents only</translation>
    </message>
    <message>
        <source>%1 — you played %2</source>
        <translation>%1 — you played %2</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>Delete rehearsal</translation>
    </message>
    <message>
        <source>The rehearsal is open in a window: close it first.</source>
        <translation>The rehearsal is open in a window: close it first.</translation>
    </message>
    <message>
        <source>Delete the rehearsal %1? The real case is not touched.</source>
        <translation>Delete the rehearsal %1? The real case is not touched.</translation>
    </message>
</context>
<context>
    <name>PoolForm</name>
    <message>
        <source>By ratio of the fund</source>
        <translation>By ratio of the fund</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>By amount</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Allocation by ratio</source>
        <translation>Allocation by ratio</translation>
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
        <source>e.g. 王芳（联席办）</source>
        <translation>e.g. 王芳（联席办）</translation>
    </message>
    <message>
        <source>Recorded as the operator (操作人) of every change you make</source>
        <translation>Recorded as the operator (操作人) of every change you make</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Operator (your name)</source>
        <translation>Operator (your name)</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Why this package (goes into the minutes)</source>
        <translation>Why this package (goes into the minutes)</translation>
    </message>
    <message>
        <source>Explain utility…</source>
        <translation>Explain utility…</translation>
    </message>
    <message>
        <source>Show how each issue adds to the chosen party's utility</source>
        <translation>Show how each issue adds to the chosen party's utility</translation>
    </message>
    <message>
        <source>Table this proposal</source>
        <translation>Table this proposal</translation>
    </message>
    <message>
        <source>Tabled by</source>
        <translation>Tabled by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Utility of each party (bar) and its disagreement point (tick):</source>
        <translation>Utility of each party (bar) and its disagreement point (tick):</translation>
    </message>
    <message>
        <source>%1 cannot accept: %2 is beyond its limit</source>
        <translation>%1 cannot accept: %2 is beyond its limit</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tabled by</source>
        <translation>Tabled by</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Awaiting</source>
        <translation>Awaiting</translation>
    </message>
    <message>
        <source>accepts</source>
        <translation>accepts</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>rejects</translation>
    </message>
    <message>
        <source>counters</source>
        <translation>counters</translation>
    </message>
    <message>
        <source>%1 (counter)</source>
        <translation>%1 (counter)</translation>
    </message>
    <message>
        <source>nobody (concluded)</source>
        <translation>nobody (concluded)</translation>
    </message>
    <message>
        <source>%1 accepts (by tabling it)</source>
        <translation>%1 accepts (by tabling it)</translation>
    </message>
    <message>
        <source>%1 tabled it: that counts as its acceptance</source>
        <translation>%1 tabled it: that counts as its acceptance</translation>
    </message>
    <message>
        <source>Awaiting the answer of: %1</source>
        <translation>Awaiting the answer of: %1</translation>
    </message>
    <message>
        <source>Every signatory has answered; not all accept</source>
        <translation>Every signatory has answered; not all accept</translation>
    </message>
</context>
<context>
    <name>ProposedRuleModel</name>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
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
    <name>ReadingDialog</name>
    <message>
        <source>New reading</source>
        <translation>New reading</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>2016, 2019-03 or baseline</source>
        <translation>2016, 2019-03 or baseline</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
</context>
<context>
    <name>ReadingTableModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
</context>
<context>
    <name>ReadingsDialog</name>
    <message>
        <source>Enter readings</source>
        <translation>Enter readings</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Period: a year (2016), a month (2019-03) or baseline. Rows left without a value are skipped.</source>
        <translation>Period: a year (2016), a month (2019-03) or baseline. Rows left without a value are skipped.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (and %1 more)</translation>
    </message>
    <message>
        <source>Nothing stored: %1</source>
        <translation>Nothing stored: %1</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>the value is empty</translation>
    </message>
    <message>
        <source>%1 is not a period (a year like 2016, a month like 2019-03, or baseline)</source>
        <translation>%1 is not a period (a year like 2016, a month like 2019-03, or baseline)</translation>
    </message>
    <message>
        <source>%1 is not an indicator of the case</source>
        <translation>%1 is not an indicator of the case</translation>
    </message>
    <message>
        <source>the indicator is empty</source>
        <translation>the indicator is empty</translation>
    </message>
    <message>
        <source>%1 is not an assessed subject of the indicator</source>
        <translation>%1 is not an assessed subject of the indicator</translation>
    </message>
    <message>
        <source>the same reading is already in row %1</source>
        <translation>the same reading is already in row %1</translation>
    </message>
</context>
<context>
    <name>ReadingsEditor</name>
    <message>
        <source>Enter readings…</source>
        <extracomment>(period, indicator name, subject) of each reading the page wants offered in the entry table</extracomment>
        <translation>Enter readings…</translation>
    </message>
    <message>
        <source>Type many readings in a table (the readings due are offered)</source>
        <translation>Type many readings in a table (the readings due are offered)</translation>
    </message>
    <message>
        <source>Type many readings in a table</source>
        <translation>Type many readings in a table</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Add one reading</source>
        <translation>Add one reading</translation>
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
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import readings from a CSV or Excel file (columns period, indicator, subject, value)</source>
        <translation>Import readings from a CSV or Excel file (columns period, indicator, subject, value)</translation>
    </message>
    <message>
        <source>Reading not saved</source>
        <translation>Reading not saved</translation>
    </message>
    <message>
        <source>Reading not deleted</source>
        <translation>Reading not deleted</translation>
    </message>
    <message numerus="yes">
        <source>Enter %n readings</source>
        <translation><numerusform>Enter %n reading</numerusform><numerusform>Enter %n readings</numerusform></translation>
    </message>
    <message>
        <source>Readings not stored</source>
        <translation>Readings not stored</translation>
    </message>
    <message>
        <source>Readings stored</source>
        <translation>Readings stored</translation>
    </message>
    <message>
        <source>Import readings</source>
        <translation>Import readings</translation>
    </message>
    <message>
        <source>Import readings from %1</source>
        <translation>Import readings from %1</translation>
    </message>
    <message>
        <source>Readings not imported</source>
        <translation>Readings not imported</translation>
    </message>
    <message>
        <source>Readings imported</source>
        <translation>Readings imported</translation>
    </message>
    <message numerus="yes">
        <source>%n readings added, %1 replaced.</source>
        <translation><numerusform>%n reading added, %1 replaced.</numerusform><numerusform>%n readings added, %1 replaced.</numerusform></translation>
    </message>
</context>
<context>
    <name>RehearsalLaunch</name>
    <message>
        <source>New rehearsal</source>
        <translation>New rehearsal</translation>
    </message>
    <message>
        <source>This is a rehearsal already: start a new one from the real case.</source>
        <translation>This is a rehearsal already: start a new one from the real case.</translation>
    </message>
    <message>
        <source>Rehearsals use confidential reservation values: leave presentation mode first.</source>
        <translation>Rehearsals use confidential reservation values: leave presentation mode first.</translation>
    </message>
    <message>
        <source>Back to the real case</source>
        <translation>Back to the real case</translation>
    </message>
    <message>
        <source>The real case %1 is no longer beside this rehearsal.</source>
        <translation>The real case %1 is no longer beside this rehearsal.</translation>
    </message>
</context>
<context>
    <name>RehearsalPage</name>
    <message>
        <source>Rehearsal (演练) — agents play the signatories as their demands describe them. Nothing here is written to the case: not the minutes, not the agreement, not the exports.</source>
        <translation>Rehearsal (演练) — agents play the signatories as their demands describe them. Nothing here is written to the case: not the minutes, not the agreement, not the exports.</translation>
    </message>
    <message>
        <source>Who plays how</source>
        <translation>Who plays how</translation>
    </message>
    <message>
        <source>Each agent's issue weights and BATNA utility are drawn within ± this range per seed: rehearse against what a counterpart might really want.</source>
        <translation>Each agent's issue weights and BATNA utility are drawn within ± this range per seed: rehearse against what a counterpart might really want.</translation>
    </message>
    <message>
        <source>A mediator tables texts moving toward the Nash package</source>
        <translation>A mediator tables texts moving toward the Nash package</translation>
    </message>
    <message>
        <source>Deadline and uncertainty</source>
        <translation>Deadline and uncertainty</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Seeds per combination</source>
        <translation>Seeds per combination</translation>
    </message>
    <message>
        <source>Perturbation (±)</source>
        <translation>Perturbation (±)</translation>
    </message>
    <message>
        <source>Run the what-if</source>
        <translation>Run the what-if</translation>
    </message>
    <message>
        <source>Debrief report (PDF)…</source>
        <translation>Debrief report (PDF)…</translation>
    </message>
    <message>
        <source>What-if chart</source>
        <translation>What-if chart</translation>
    </message>
    <message>
        <source>Debrief of the selected combination's first run</source>
        <translation>Debrief of the selected combination's first run</translation>
    </message>
    <message>
        <source>%1 runs, %2 agreements. Select a row to see its first run's debrief.</source>
        <translation>%1 runs, %2 agreements. Select a row to see its first run's debrief.</translation>
    </message>
    <message>
        <source>Rehearsals use confidential reservation values: hidden in presentation mode.</source>
        <translation>Rehearsals use confidential reservation values: hidden in presentation mode.</translation>
    </message>
    <message>
        <source>each of them (compare)</source>
        <translation>each of them (compare)</translation>
    </message>
    <message>
        <source>Agents are negotiating…</source>
        <translation>Agents are negotiating…</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Debrief report</source>
        <translation>Debrief report</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
</context>
<context>
    <name>RehearsalStrip</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Table nothing in this round</source>
        <translation>Table nothing in this round</translation>
    </message>
    <message>
        <source>Pause </source>
        <translation>Pause </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Pause before the agents answer</source>
        <translation>Pause before the agents answer</translation>
    </message>
    <message>
        <source>Debrief (复盘)…</source>
        <translation>Debrief (复盘)…</translation>
    </message>
    <message>
        <source>Back to the real case</source>
        <translation>Back to the real case</translation>
    </message>
    <message>
        <source>演练 · you play %1 · preparing: computing the exact frontier… %2%</source>
        <translation>演练 · you play %1 · preparing: computing the exact frontier… %2%</translation>
    </message>
    <message>
        <source>演练 — the rehearsal cannot go on: %1</source>
        <translation>演练 — the rehearsal cannot go on: %1</translation>
    </message>
    <message>
        <source>演练 · you play %1 · round %2/%3 · </source>
        <translation>演练 · you play %1 · round %2/%3 · </translation>
    </message>
    <message>
        <source>no agreement by the deadline: open the debrief.</source>
        <translation>no agreement by the deadline: open the debrief.</translation>
    </message>
    <message>
        <source>agreement in round %1, your utility %2: open the debrief.</source>
        <translation>agreement in round %1, your utility %2: open the debrief.</translation>
    </message>
    <message>
        <source>%1 is considering…</source>
        <translation>%1 is considering…</translation>
    </message>
    <message>
        <source>%1 acts…</source>
        <translation>%1 acts…</translation>
    </message>
    <message>
        <source>%1 to table: use the proposal editor, or pass.</source>
        <translation>%1 to table: use the proposal editor, or pass.</translation>
    </message>
    <message>
        <source>%1 to answer %2's proposal (worth %3 to you): accept, reject or counter.</source>
        <translation>%1 to answer %2's proposal (worth %3 to you): accept, reject or counter.</translation>
    </message>
</context>
<context>
    <name>RehearsalTurns</name>
    <message>
        <source>Pass</source>
        <extracomment>The undo stack merges an agent reply into the turn it answers by this id.</extracomment>
        <translation>Pass</translation>
    </message>
    <message>
        <source>The agents' replies</source>
        <translation>The agents' replies</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Rule %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Money unit</source>
        <translation>Money unit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The clause as it will read</source>
        <translation>The clause as it will read</translation>
    </message>
</context>
<context>
    <name>RuleLabels</name>
    <message>
        <source>Amount</source>
        <extracomment>The last step of a parameter path (list indices removed) → its name; the list it sits in names the item.</extracomment>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Yearly change</source>
        <translation>Yearly change</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instalment %1 amount</source>
        <translation>Instalment %1 amount</translation>
    </message>
    <message>
        <source>Instalment %1 period</source>
        <translation>Instalment %1 period</translation>
    </message>
    <message>
        <source>Fund size a year</source>
        <translation>Fund size a year</translation>
    </message>
    <message>
        <source>Fund name</source>
        <translation>Fund name</translation>
    </message>
    <message>
        <source>Contribution ratio (%1)</source>
        <translation>Contribution ratio (%1)</translation>
    </message>
    <message>
        <source>Contribution (%1)</source>
        <translation>Contribution (%1)</translation>
    </message>
    <message>
        <source>Contributor %1</source>
        <translation>Contributor %1</translation>
    </message>
    <message>
        <source>Allocation ratio (%1)</source>
        <translation>Allocation ratio (%1)</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Recipient %1</translation>
    </message>
    <message>
        <source>Divisor of the allocation (months)</source>
        <translation>Divisor of the allocation (months)</translation>
    </message>
    <message>
        <source>Deduction per failure</source>
        <translation>Deduction per failure</translation>
    </message>
    <message>
        <source>Coefficient K0</source>
        <translation>Coefficient K0</translation>
    </message>
    <message>
        <source>Assessed section</source>
        <translation>Assessed section</translation>
    </message>
    <message>
        <source>Indicator weights</source>
        <translation>Indicator weights</translation>
    </message>
    <message>
        <source>Index indicator</source>
        <translation>Index indicator</translation>
    </message>
    <message>
        <source>Band %1 upper limit</source>
        <translation>Band %1 upper limit</translation>
    </message>
    <message>
        <source>Band %1 amount</source>
        <translation>Band %1 amount</translation>
    </message>
    <message>
        <source>Band %1 payer</source>
        <translation>Band %1 payer</translation>
    </message>
    <message>
        <source>Band %1 payee</source>
        <translation>Band %1 payee</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bands</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Cap (multiple of the base)</source>
        <translation>Cap (multiple of the base)</translation>
    </message>
    <message>
        <source>Cap base indicator</source>
        <translation>Cap base indicator</translation>
    </message>
    <message>
        <source>Term (years)</source>
        <translation>Term (years)</translation>
    </message>
    <message>
        <source>Extension (years)</source>
        <translation>Extension (years)</translation>
    </message>
    <message>
        <source>Counted share (%1)</source>
        <translation>Counted share (%1)</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Party %1</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Assessed sections</source>
        <translation>Assessed sections</translation>
    </message>
    <message>
        <source>Deducted money goes to</source>
        <translation>Deducted money goes to</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Fixed transfer</source>
        <extracomment>Names of the rule kinds (the rule table and the form's kind list).</extracomment>
        <translation>Fixed transfer</translation>
    </message>
    <message>
        <source>Joint fund</source>
        <translation>Joint fund</translation>
    </message>
    <message>
        <source>Deduction per failed point</source>
        <translation>Deduction per failed point</translation>
    </message>
    <message>
        <source>Transfer on an index</source>
        <translation>Transfer on an index</translation>
    </message>
    <message>
        <source>Revenue sharing with a cap</source>
        <translation>Revenue sharing with a cap</translation>
    </message>
    <message>
        <source>Statistics sharing</source>
        <translation>Statistics sharing</translation>
    </message>
</context>
<context>
    <name>RuleParameterDialog</name>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>Fixed value</translation>
    </message>
    <message>
        <source>Decided by the issue</source>
        <translation>Decided by the issue</translation>
    </message>
    <message>
        <source>The case has no numeric issue.</source>
        <translation>The case has no numeric issue.</translation>
    </message>
</context>
<context>
    <name>RuleParameters</name>
    <message>
        <source>← issue %1</source>
        <translation>← issue %1</translation>
    </message>
    <message>
        <source> (a value per option)</source>
        <translation> (a value per option)</translation>
    </message>
</context>
<context>
    <name>RuleTableModel</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>New rule…</source>
        <translation>New rule…</translation>
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
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Net per period</source>
        <translation>Net per period</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>This case has no sharing or compensation rules yet.</source>
        <translation>This case has no sharing or compensation rules yet.</translation>
    </message>
    <message>
        <source>the concluded package</source>
        <translation>the concluded package</translation>
    </message>
    <message>
        <source>the latest tabled proposal</source>
        <translation>the latest tabled proposal</translation>
    </message>
    <message>
        <source>the Nash package</source>
        <translation>the Nash package</translation>
    </message>
    <message numerus="yes">
        <source>Payments under %1 and the case's %n readings.</source>
        <translation><numerusform>Payments under %1 and the case's %n reading.</numerusform><numerusform>Payments under %1 and the case's %n readings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Payments under %1 and the %n readings of the scenario %2 (hypothetical, not reported).</source>
        <translation><numerusform>Payments under %1 and the %n reading of the scenario %2 (hypothetical, not reported).</numerusform><numerusform>Payments under %1 and the %n readings of the scenario %2 (hypothetical, not reported).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n readings are missing (counted as not met where a rule says so).</source>
        <translation><numerusform>%n reading is missing (counted as not met where a rule says so).</numerusform><numerusform>%n readings are missing (counted as not met where a rule says so).</numerusform></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Rule not changed</source>
        <translation>Rule not changed</translation>
    </message>
    <message>
        <source>Rule not added</source>
        <translation>Rule not added</translation>
    </message>
    <message>
        <source>Edit rule %1</source>
        <translation>Edit rule %1</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>Delete the rule %1?</source>
        <translation>Delete the rule %1?</translation>
    </message>
    <message>
        <source>Rule not deleted</source>
        <translation>Rule not deleted</translation>
    </message>
</context>
<context>
    <name>ScenarioBar</name>
    <message>
        <source>The readings the payments are computed with: the reported ones, or a scenario (a named, hypothetical set of readings)</source>
        <translation>The readings the payments are computed with: the reported ones, or a scenario (a named, hypothetical set of readings)</translation>
    </message>
    <message>
        <source>New scenario…</source>
        <translation>New scenario…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Delete scenario</translation>
    </message>
    <message>
        <source>Readings:</source>
        <translation>Readings:</translation>
    </message>
    <message>
        <source>Reported readings</source>
        <translation>Reported readings</translation>
    </message>
    <message>
        <source>Scenario not created</source>
        <translation>Scenario not created</translation>
    </message>
    <message>
        <source>Scenario not renamed</source>
        <translation>Scenario not renamed</translation>
    </message>
    <message numerus="yes">
        <source>Delete the scenario %1 and its %n readings? (Edit → Undo brings it back.)</source>
        <translation><numerusform>Delete the scenario %1 and its %n reading? (Edit → Undo brings it back.)</numerusform><numerusform>Delete the scenario %1 and its %n readings? (Edit → Undo brings it back.)</numerusform></translation>
    </message>
    <message>
        <source>Scenario not deleted</source>
        <translation>Scenario not deleted</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>New scenario</source>
        <extracomment>what a new scenario starts from: None (empty), "reported", or a scenario id</extracomment>
        <translation>New scenario</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Rename scenario</translation>
    </message>
    <message>
        <source>e.g. 水质达标</source>
        <translation>e.g. 水质达标</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>A copy of the reported readings</source>
        <translation>A copy of the reported readings</translation>
    </message>
    <message>
        <source>A copy of %1</source>
        <translation>A copy of %1</translation>
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
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
</context>
<context>
    <name>ScoresDialog</name>
    <message>
        <source>Scores of %1 on %2</source>
        <translation>Scores of %1 on %2</translation>
    </message>
    <message>
        <source>Points of the value function: at each value, how good it is for the party (0 = worst acceptable, 1 = best).</source>
        <translation>Points of the value function: at each value, how good it is for the party (0 = worst acceptable, 1 = best).</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Score (0–1)</source>
        <translation>Score (0–1)</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Add point</translation>
    </message>
    <message>
        <source>Rate every option for the party: 100 for the best; the worst scores 0 and the others in proportion.</source>
        <translation>Rate every option for the party: 100 for the best; the worst scores 0 and the others in proportion.</translation>
    </message>
    <message>
        <source>Scores: %1</source>
        <translation>Scores: %1</translation>
    </message>
</context>
<context>
    <name>SectionsRow</name>
    <message>
        <source>sections, separated by 、</source>
        <translation>sections, separated by 、</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Bargaining session</source>
        <translation>Bargaining session</translation>
    </message>
    <message>
        <source>e.g. 第二轮补偿协商第一次会议</source>
        <translation>e.g. 第二轮补偿协商第一次会议</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Date known</translation>
    </message>
    <message>
        <source>One attendee per line</source>
        <translation>One attendee per line</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions and rounds</source>
        <translation>Sessions and rounds</translation>
    </message>
    <message>
        <source>Proposal editor</source>
        <translation>Proposal editor</translation>
    </message>
    <message>
        <source>Pareto frontier</source>
        <translation>Pareto frontier</translation>
    </message>
    <message>
        <source>What is left on the table</source>
        <translation>What is left on the table</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>In money</source>
        <translation>In money</translation>
    </message>
    <message>
        <source>Rule not added</source>
        <translation>Rule not added</translation>
    </message>
    <message>
        <source>%1 is already a rule of the case.</source>
        <translation>%1 is already a rule of the case.</translation>
    </message>
    <message>
        <source>Rule added</source>
        <translation>Rule added</translation>
    </message>
    <message>
        <source>%1 is now a rule of the case (page %2).</source>
        <translation>%1 is now a rule of the case (page %2).</translation>
    </message>
</context>
<context>
    <name>ShapleyCalculator</name>
    <message>
        <source>Players…</source>
        <translation>Players…</translation>
    </message>
    <message>
        <source>Joint cost (smaller is better)</source>
        <translation>Joint cost (smaller is better)</translation>
    </message>
    <message>
        <source>Joint benefit (larger is better)</source>
        <translation>Joint benefit (larger is better)</translation>
    </message>
    <message>
        <source>Compute Shapley shares</source>
        <translation>Compute Shapley shares</translation>
    </message>
    <message>
        <source>Enter the value of every coalition (%1 rows), then compute.</source>
        <translation>Enter the value of every coalition (%1 rows), then compute.</translation>
    </message>
    <message>
        <source>Choose at least two players.</source>
        <translation>Choose at least two players.</translation>
    </message>
    <message>
        <source>Stable: no group of parties would do better on its own.</source>
        <translation>Stable: no group of parties would do better on its own.</translation>
    </message>
    <message>
        <source>Not in the core: %1 would do better on its own.</source>
        <translation>Not in the core: %1 would do better on its own.</translation>
    </message>
    <message>
        <source>Shapley shares: %1</source>
        <translation>Shapley shares: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SignatureReportModel</name>
    <message>
        <source>Signature place</source>
        <translation>Signature place</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Own party</source>
        <translation>Own party</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>only later signatures (allowed)</source>
        <translation>only later signatures (allowed)</translation>
    </message>
    <message>
        <source>only long-term validation data (allowed)</source>
        <translation>only long-term validation data (allowed)</translation>
    </message>
    <message>
        <source>YES (%1)</source>
        <translation>YES (%1)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>not signed</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <source>Create case CA…</source>
        <translation>Create case CA…</translation>
    </message>
    <message>
        <source>Save CA certificate…</source>
        <translation>Save CA certificate…</translation>
    </message>
    <message>
        <source>Issue identity…</source>
        <translation>Issue identity…</translation>
    </message>
    <message>
        <source>Bind a certificate…</source>
        <translation>Bind a certificate…</translation>
    </message>
    <message>
        <source>Vouch that a delegate certificate issued by another CA is this party's: only then do its signatures count for the party</source>
        <translation>Vouch that a delegate certificate issued by another CA is this party's: only then do its signatures count for the party</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>PDF to sign</source>
        <translation>PDF to sign</translation>
    </message>
    <message>
        <source>Delegate identity</source>
        <translation>Delegate identity</translation>
    </message>
    <message>
        <source>Identity (PKCS#12)</source>
        <translation>Identity (PKCS#12)</translation>
    </message>
    <message>
        <source>Signing for</source>
        <translation>Signing for</translation>
    </message>
    <message>
        <source>Verify a PDF…</source>
        <translation>Verify a PDF…</translation>
    </message>
    <message>
        <source>Trust a CA certificate…</source>
        <translation>Trust a CA certificate…</translation>
    </message>
    <message>
        <source>Trust signatures from identities a real certificate authority issued (its certificate, PEM or DER), besides this case's CA</source>
        <translation>Trust signatures from identities a real certificate authority issued (its certificate, PEM or DER), besides this case's CA</translation>
    </message>
    <message>
        <source>Secretariat certificate authority</source>
        <translation>Secretariat certificate authority</translation>
    </message>
    <message>
        <source>Delegate identities</source>
        <translation>Delegate identities</translation>
    </message>
    <message>
        <source>Sign in turn</source>
        <translation>Sign in turn</translation>
    </message>
    <message>
        <source>Verify signatures</source>
        <translation>Verify signatures</translation>
    </message>
    <message>
        <source>This case has its certificate authority.</source>
        <translation>This case has its certificate authority.</translation>
    </message>
    <message>
        <source>No certificate authority yet.</source>
        <translation>No certificate authority yet.</translation>
    </message>
    <message>
        <source>Create case CA</source>
        <translation>Create case CA</translation>
    </message>
    <message>
        <source>A passphrase protects the CA key kept in the case file.</source>
        <translation>A passphrase protects the CA key kept in the case file.</translation>
    </message>
    <message>
        <source>Save CA certificate</source>
        <translation>Save CA certificate</translation>
    </message>
    <message>
        <source>Issue identity</source>
        <translation>Issue identity</translation>
    </message>
    <message>
        <source>Passphrase of the case's CA key</source>
        <translation>Passphrase of the case's CA key</translation>
    </message>
    <message>
        <source>A new passphrase for %1's identity file (not the CA's)</source>
        <translation>A new passphrase for %1's identity file (not the CA's)</translation>
    </message>
    <message>
        <source>The identity file needs its own passphrase, not the CA's.</source>
        <translation>The identity file needs its own passphrase, not the CA's.</translation>
    </message>
    <message>
        <source>%1 does not open with this passphrase (or it is not an identity file). Try again.</source>
        <translation>%1 does not open with this passphrase (or it is not an identity file). Try again.</translation>
    </message>
    <message>
        <source>Choose the delegate's identity file (PKCS#12).</source>
        <translation>Choose the delegate's identity file (PKCS#12).</translation>
    </message>
    <message>
        <source>%1: no signature places</source>
        <translation>%1: no signature places</translation>
    </message>
    <message>
        <source>%1: not signed yet by %2</source>
        <translation>%1: not signed yet by %2</translation>
    </message>
    <message>
        <source>%1: the signatures are intact but NOT trusted (no trusted CA issued them)</source>
        <translation>%1: the signatures are intact but NOT trusted (no trusted CA issued them)</translation>
    </message>
    <message>
        <source>%1: NOT all signatures are intact, by their own party and trusted</source>
        <translation>%1: NOT all signatures are intact, by their own party and trusted</translation>
    </message>
    <message>
        <source>Issued %1 to %2 of %3.</source>
        <translation>Issued %1 to %2 of %3.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the case's CA key. Try again.</source>
        <translation>Wrong passphrase for the case's CA key. Try again.</translation>
    </message>
    <message>
        <source>Bind a certificate</source>
        <translation>Bind a certificate</translation>
    </message>
    <message>
        <source>Signatures by %1 now count as %2's.</source>
        <translation>Signatures by %1 now count as %2's.</translation>
    </message>
    <message>
        <source>The identity of %1 does not name its party (it was not issued by this case's CA, and no certificate of it was bound to a party): it cannot sign for %2.</source>
        <translation>The identity of %1 does not name its party (it was not issued by this case's CA, and no certificate of it was bound to a party): it cannot sign for %2.</translation>
    </message>
    <message>
        <source>The identity of %1 is for %2: it cannot sign for %3.</source>
        <translation>The identity of %1 is for %2: it cannot sign for %3.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Choose the version to sign.</source>
        <translation>Choose the version to sign.</translation>
    </message>
    <message>
        <source>Choose the PDF to sign (export the final version first).</source>
        <translation>Choose the PDF to sign (export the final version first).</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Passphrase of %1</translation>
    </message>
    <message>
        <source>Save the signed PDF</source>
        <translation>Save the signed PDF</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Trust a CA certificate</source>
        <translation>Trust a CA certificate</translation>
    </message>
    <message>
        <source>Now trusted: %1.</source>
        <translation>Now trusted: %1.</translation>
    </message>
    <message>
        <source>This certificate is already trusted.</source>
        <translation>This certificate is already trusted.</translation>
    </message>
    <message>
        <source>%1: every signature is intact and trusted</source>
        <translation>%1: every signature is intact and trusted</translation>
    </message>
</context>
<context>
    <name>StatisticsShareForm</name>
    <message>
        <source>Counted shares</source>
        <translation>Counted shares</translation>
    </message>
    <message>
        <source>all subjects</source>
        <translation>all subjects</translation>
    </message>
    <message>
        <source>Subjects counted</source>
        <translation>Subjects counted</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <source>Boulware (concedes late)</source>
        <extracomment>Strategy names offered per party.</extracomment>
        <translation>Boulware (concedes late)</translation>
    </message>
    <message>
        <source>Linear concession</source>
        <translation>Linear concession</translation>
    </message>
    <message>
        <source>Conceder (concedes early)</source>
        <translation>Conceder (concedes early)</translation>
    </message>
    <message>
        <source>Tit for tat</source>
        <translation>Tit for tat</translation>
    </message>
    <message>
        <source>Hardliner</source>
        <translation>Hardliner</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Task failed</source>
        <extracomment>What a task function raises when it noticed ``is_cancelled()``: the core's own exception, so a cancelled analysis is reported as cancelled (a status line), never as a failure.</extracomment>
        <translation>Task failed</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>TransferTableModel</name>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Gain before transfers</source>
        <translation>Gain before transfers</translation>
    </message>
    <message>
        <source>Share after transfers</source>
        <translation>Share after transfers</translation>
    </message>
    <message>
        <source>Receives (+) / pays (−)</source>
        <translation>Receives (+) / pays (−)</translation>
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
    <message>
        <source>Add rule %1</source>
        <translation>Add rule %1</translation>
    </message>
    <message>
        <source>Delete rule %1</source>
        <translation>Delete rule %1</translation>
    </message>
    <message>
        <source>Add reading %1</source>
        <extracomment>what a step changes, so that only the pages showing it refresh</extracomment>
        <translation>Add reading %1</translation>
    </message>
    <message>
        <source>Change reading %1</source>
        <translation>Change reading %1</translation>
    </message>
    <message>
        <source>Delete reading %1</source>
        <translation>Delete reading %1</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>New scenario %1</translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation>Rename scenario %1 to %2</translation>
    </message>
    <message>
        <source>Delete scenario %1</source>
        <translation>Delete scenario %1</translation>
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
        <source>This name is already used in this case.</source>
        <translation>This name is already used in this case.</translation>
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
        <source>The payer and the payee must differ.</source>
        <translation>The payer and the payee must differ.</translation>
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
        <source>The session “{session}” has rounds; undo those first.</source>
        <translation>The session “{session}” has rounds; undo those first.</translation>
    </message>
    <message>
        <source>Round {number} holds proposals or minutes; undo those first.</source>
        <translation>Round {number} holds proposals or minutes; undo those first.</translation>
    </message>
    <message>
        <source>Round {number} is followed by another round.</source>
        <translation>Round {number} is followed by another round.</translation>
    </message>
    <message>
        <source>The proposal has been answered.</source>
        <translation>The proposal has been answered.</translation>
    </message>
    <message>
        <source>The proposal's round is closed.</source>
        <translation>The proposal's round is closed.</translation>
    </message>
    <message>
        <source>An agreement was drafted from the concluded package.</source>
        <translation>An agreement was drafted from the concluded package.</translation>
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
        <source>The folder {path} does not exist; choose another folder.</source>
        <translation>The folder {path} does not exist; choose another folder.</translation>
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
        <source>Give 100 points to the swing that matters most.</source>
        <translation>Give 100 points to the swing that matters most.</translation>
    </message>
    <message>
        <source>Rate the swing of at least one issue.</source>
        <translation>Rate the swing of at least one issue.</translation>
    </message>
    <message>
        <source>State a position on {issue} first.</source>
        <translation>State a position on {issue} first.</translation>
    </message>
    <message>
        <source>The ratings are all equal: the issue would not matter to this party.</source>
        <translation>The ratings are all equal: the issue would not matter to this party.</translation>
    </message>
    <message>
        <source>One point must score 0 (the worst value) and one score 1 (the best).</source>
        <translation>One point must score 0 (the worst value) and one score 1 (the best).</translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD).</source>
        <translation>{field} must be a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{field} must be yes or no.</source>
        <translation>{field} must be yes or no.</translation>
    </message>
    <message>
        <source>{field} must be a list of names.</source>
        <translation>{field} must be a list of names.</translation>
    </message>
    <message>
        <source>A round number is a whole number from 1.</source>
        <translation>A round number is a whole number from 1.</translation>
    </message>
    <message>
        <source>A round cannot close before it opens.</source>
        <translation>A round cannot close before it opens.</translation>
    </message>
    <message>
        <source>This round is not part of the case.</source>
        <translation>This round is not part of the case.</translation>
    </message>
    <message>
        <source>This session already has a round of this number.</source>
        <translation>This session already has a round of this number.</translation>
    </message>
    <message>
        <source>The package names an issue the case does not have.</source>
        <translation>The package names an issue the case does not have.</translation>
    </message>
    <message>
        <source>The package gives no value for {issue}.</source>
        <translation>The package gives no value for {issue}.</translation>
    </message>
    <message>
        <source>A counter answer needs its counter-proposal.</source>
        <translation>A counter answer needs its counter-proposal.</translation>
    </message>
    <message>
        <source>Only a counter answer links a proposal.</source>
        <translation>Only a counter answer links a proposal.</translation>
    </message>
    <message>
        <source>A counter answer comes with a counter-proposal.</source>
        <translation>A counter answer comes with a counter-proposal.</translation>
    </message>
    <message>
        <source>The demand belongs to another issue.</source>
        <translation>The demand belongs to another issue.</translation>
    </message>
    <message>
        <source>This party already has a demand on this issue.</source>
        <translation>This party already has a demand on this issue.</translation>
    </message>
    <message>
        <source>{party} has tabled, answered or signed in the negotiation and is kept in its record; it cannot be deleted.</source>
        <translation>{party} has tabled, answered or signed in the negotiation and is kept in its record; it cannot be deleted.</translation>
    </message>
    <message>
        <source>A version number is a whole number from 1.</source>
        <translation>A version number is a whole number from 1.</translation>
    </message>
    <message>
        <source>The case already has an agreement version of this number.</source>
        <translation>The case already has an agreement version of this number.</translation>
    </message>
    <message>
        <source>The language must be Chinese or English.</source>
        <translation>The language must be Chinese or English.</translation>
    </message>
    <message>
        <source>{field} is not a valid SHA-256 fingerprint.</source>
        <translation>{field} is not a valid SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>A waiver needs a reason.</source>
        <translation>A waiver needs a reason.</translation>
    </message>
    <message>
        <source>A dispute needs two different parties.</source>
        <translation>A dispute needs two different parties.</translation>
    </message>
    <message>
        <source>A payment made must be more than zero.</source>
        <translation>A payment made must be more than zero.</translation>
    </message>
    <message>
        <source>The unit must be 元, 万元 or 亿元.</source>
        <translation>The unit must be 元, 万元 or 亿元.</translation>
    </message>
    <message>
        <source>{field} must be a whole number of days from 0 to 3650.</source>
        <translation>{field} must be a whole number of days from 0 to 3650.</translation>
    </message>
    <message>
        <source>A subject is named twice.</source>
        <translation>A subject is named twice.</translation>
    </message>
    <message>
        <source>{field} must be more than zero when given.</source>
        <translation>{field} must be more than zero when given.</translation>
    </message>
    <message>
        <source>The findings must not be empty.</source>
        <translation>The findings must not be empty.</translation>
    </message>
    <message>
        <source>A link is to the round before or the round after.</source>
        <translation>A link is to the round before or the round after.</translation>
    </message>
    <message>
        <source>A case cannot follow itself.</source>
        <translation>A case cannot follow itself.</translation>
    </message>
    <message>
        <source>The period {period} must be a year (2016), a month (2019-03) or baseline.</source>
        <translation>The period {period} must be a year (2016), a month (2019-03) or baseline.</translation>
    </message>
    <message>
        <source>A reading names an indicator the case does not have.</source>
        <translation>A reading names an indicator the case does not have.</translation>
    </message>
    <message>
        <source>The no-agreement outcome names an issue this case does not have.</source>
        <translation>The no-agreement outcome names an issue this case does not have.</translation>
    </message>
    <message>
        <source>The no-agreement outcome gives one issue two values.</source>
        <translation>The no-agreement outcome gives one issue two values.</translation>
    </message>
    <message>
        <source>There is already a reading of this indicator for {subject} in {period}.</source>
        <translation>There is already a reading of this indicator for {subject} in {period}.</translation>
    </message>
    <message>
        <source>There is no scenario called {name}; the case has: {names}.</source>
        <translation>There is no scenario called {name}; the case has: {names}.</translation>
    </message>
    <message>
        <source>There is no scenario to copy the readings from.</source>
        <translation>There is no scenario to copy the readings from.</translation>
    </message>
    <message>
        <source>Rate at least two options.</source>
        <translation>Rate at least two options.</translation>
    </message>
    <message>
        <source>A rating is a number of 0 or more.</source>
        <translation>A rating is a number of 0 or more.</translation>
    </message>
    <message>
        <source>Give at least two points.</source>
        <translation>Give at least two points.</translation>
    </message>
    <message>
        <source>The value {value} lies outside the issue [{low}, {high}].</source>
        <translation>The value {value} lies outside the issue [{low}, {high}].</translation>
    </message>
    <message>
        <source>A score lies between 0 and 1.</source>
        <translation>A score lies between 0 and 1.</translation>
    </message>
    <message>
        <source>Swing points lie between 0 and 100.</source>
        <translation>Swing points lie between 0 and 100.</translation>
    </message>
    <message>
        <source>This pair of issues is not part of the comparison.</source>
        <translation>This pair of issues is not part of the comparison.</translation>
    </message>
    <message>
        <source>A judgement lies between 1/9 and 9.</source>
        <translation>A judgement lies between 1/9 and 9.</translation>
    </message>
    <message>
        <source>{count} pairs are not compared yet.</source>
        <translation>{count} pairs are not compared yet.</translation>
    </message>
    <message>
        <source>Compare at least two issues.</source>
        <translation>Compare at least two issues.</translation>
    </message>
    <message>
        <source>Pairwise comparison takes at most 10 issues.</source>
        <translation>Pairwise comparison takes at most 10 issues.</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>At least one weight must be above zero.</translation>
    </message>
    <message>
        <source>The unit of a money rule must be one of {allowed}.</source>
        <translation>The unit of a money rule must be one of {allowed}.</translation>
    </message>
    <message>
        <source>The rule's parameters are not well formed.</source>
        <translation>The rule's parameters are not well formed.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the parameter {parameter} is missing.</source>
        <translation>Rule “{rule}”: the parameter {parameter} is missing.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: a parameter is not a number.</source>
        <translation>Rule “{rule}”: a parameter is not a number.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: a parameter is bound to something that is not an issue.</source>
        <translation>Rule “{rule}”: a parameter is bound to something that is not an issue.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: a parameter has a name that is not text.</source>
        <translation>Rule “{rule}”: a parameter has a name that is not text.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: a parameter is not plain data.</source>
        <translation>Rule “{rule}”: a parameter is not plain data.</translation>
    </message>
    <message>
        <source>{name} is used by the rule “{rule}”; change that rule first.</source>
        <translation>{name} is used by the rule “{rule}”; change that rule first.</translation>
    </message>
    <message>
        <source>The case has no numeric issue.</source>
        <translation>The case has no numeric issue.</translation>
    </message>
    <message>
        <source>Rule “{rule}” names a party the case does not have.</source>
        <translation>Rule “{rule}” names a party the case does not have.</translation>
    </message>
    <message>
        <source>Rule “{rule}” names an indicator the case does not have.</source>
        <translation>Rule “{rule}” names an indicator the case does not have.</translation>
    </message>
    <message>
        <source>Rule “{rule}” is bound to an issue the case does not have.</source>
        <translation>Rule “{rule}” is bound to an issue the case does not have.</translation>
    </message>
    <message>
        <source>Rule “{rule}” must name a fund rule of the case.</source>
        <translation>Rule “{rule}” must name a fund rule of the case.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the payer and the payee must differ.</source>
        <translation>Rule “{rule}”: the payer and the payee must differ.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the assessed sections must be given per party of the case.</source>
        <translation>Rule “{rule}”: the assessed sections must be given per party of the case.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the bound issue has no options to map.</source>
        <translation>Rule “{rule}”: the bound issue has no options to map.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: say what each option of the bound issue stands for.</source>
        <translation>Rule “{rule}”: say what each option of the bound issue stands for.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: an option of the bound issue has no value.</source>
        <translation>Rule “{rule}”: an option of the bound issue has no value.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the index weights must map indicators to numbers.</source>
        <translation>Rule “{rule}”: the index weights must map indicators to numbers.</translation>
    </message>
    <message>
        <source>Rule “{rule}”: the index weights must sum to 1.</source>
        <translation>Rule “{rule}”: the index weights must sum to 1.</translation>
    </message>
    <message>
        <source>{field} must list at least one item.</source>
        <translation>{field} must list at least one item.</translation>
    </message>
    <message>
        <source>Contributions by ratio need the fund's size.</source>
        <translation>Contributions by ratio need the fund's size.</translation>
    </message>
    <message>
        <source>List at least one instalment.</source>
        <translation>List at least one instalment.</translation>
    </message>
    <message>
        <source>{path} is open in another program ({holder}).</source>
        <translation>{path} is open in another program ({holder}).</translation>
    </message>
    <message>
        <source>{path} cannot be changed: the file or its disk is read-only. Nothing was changed.</source>
        <translation>{path} cannot be changed: the file or its disk is read-only. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot create {path}: the folder {folder} is read-only. Nothing was created.</source>
        <translation>Cannot create {path}: the folder {folder} is read-only. Nothing was created.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the disk is full. Nothing was changed.</source>
        <translation>{path} cannot be written: the disk is full. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}. Nothing was changed.</source>
        <translation>{path} cannot be written: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Cannot write {path}: the folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again in a moment.</source>
        <translation>{path} is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The change conflicts with what {path} already holds; nothing was saved.</source>
        <translation>The change conflicts with what {path} already holds; nothing was saved.</translation>
    </message>
    <message>
        <source>{path} was changed by another program meanwhile; nothing was saved.</source>
        <translation>{path} was changed by another program meanwhile; nothing was saved.</translation>
    </message>
    <message>
        <source>{path} is open read-only in this window; nothing was changed.</source>
        <translation>{path} is open read-only in this window; nothing was changed.</translation>
    </message>
    <message>
        <source>Version {version} is a draft: make it final before signing.</source>
        <translation>Version {version} is a draft: make it final before signing.</translation>
    </message>
    <message>
        <source>“{party}” is not a signatory of this case.</source>
        <translation>“{party}” is not a signatory of this case.</translation>
    </message>
    <message>
        <source>{party} has already signed version {version}.</source>
        <translation>{party} has already signed version {version}.</translation>
    </message>
    <message>
        <source>{path} is damaged; open its latest backup (NAME.&lt;time&gt;.bak.desk) or a bundle exported earlier.</source>
        <translation>{path} is damaged; open its latest backup (NAME.&lt;time&gt;.bak.desk) or a bundle exported earlier.</translation>
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
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Population (10,000 persons)</source>
        <translation>Population (10,000 persons)</translation>
    </message>
    <message>
        <source>Fiscal revenue (100 million yuan a year)</source>
        <translation>Fiscal revenue (100 million yuan a year)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation>No versions yet.</translation>
    </message>
    <message>
        <source>%1 lines differ</source>
        <translation>%1 lines differ</translation>
    </message>
</context>
<context>
    <name>WaiveDialog</name>
    <message>
        <source>Waive a commitment</source>
        <translation>Waive a commitment</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <source>Weights of %1</source>
        <extracomment>Index of "equal" among the pairwise choices: 9 … 2 (left more important), 1, 2 … 9 (right more important).</extracomment>
        <translation>Weights of %1</translation>
    </message>
    <message>
        <source>Imagine each issue moving from its worst to its best value. Give 100 points to the move that matters most, and to each other move the points it is worth beside that one.</source>
        <translation>Imagine each issue moving from its worst to its best value. Give 100 points to the move that matters most, and to each other move the points it is worth beside that one.</translation>
    </message>
    <message>
        <source>Swing weighting</source>
        <translation>Swing weighting</translation>
    </message>
    <message>
        <source>For each pair: which issue matters more to the party, and how much?</source>
        <translation>For each pair: which issue matters more to the party, and how much?</translation>
    </message>
    <message>
        <source>%1 × more: %2</source>
        <translation>%1 × more: %2</translation>
    </message>
    <message>
        <source>equally important</source>
        <translation>equally important</translation>
    </message>
    <message>
        <source>Pairwise comparison</source>
        <translation>Pairwise comparison</translation>
    </message>
    <message>
        <source>Resulting weights (you can adjust them)</source>
        <translation>Resulting weights (you can adjust them)</translation>
    </message>
    <message>
        <source>Consistency ratio %1 %: %2</source>
        <translation>Consistency ratio %1 %: %2</translation>
    </message>
    <message>
        <source>consistent enough (below 10 %)</source>
        <translation>consistent enough (below 10 %)</translation>
    </message>
    <message>
        <source>the comparisons contradict each other; revise some (10 % or more)</source>
        <translation>the comparisons contradict each other; revise some (10 % or more)</translation>
    </message>
    <message>
        <source>At least one weight must be above zero.</source>
        <translation>At least one weight must be above zero.</translation>
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
        <source>User manual</source>
        <translation>User manual</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Open the sample</translation>
    </message>
    <message>
        <source>Sample cases (opened as a copy in %1)</source>
        <translation>Sample cases (opened as a copy in %1)</translation>
    </message>
    <message>
        <source>Recent case files</source>
        <translation>Recent case files</translation>
    </message>
    <message>
        <source>(no sample cases in this installation)</source>
        <translation>(no sample cases in this installation)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Strategies</source>
        <extracomment>Every strategy at once (the what-if compares them).</extracomment>
        <translation>Strategies</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Mean utilities</source>
        <translation>Mean utilities</translation>
    </message>
    <message>
        <source>On the frontier</source>
        <translation>On the frontier</translation>
    </message>
    <message>
        <source>Distance to Nash</source>
        <translation>Distance to Nash</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <source>Cannot open case file</source>
        <extracomment>Why a file cannot be opened for editing, where opening it read-only still makes sense.</extracomment>
        <translation>Cannot open case file</translation>
    </message>
    <message>
        <source>%1

You can open it read-only: you see its changes as they are saved there, but cannot edit it here.</source>
        <translation>%1

You can open it read-only: you see its changes as they are saved there, but cannot edit it here.</translation>
    </message>
    <message>
        <source>Case file in use</source>
        <translation>Case file in use</translation>
    </message>
    <message>
        <source>Case file restored</source>
        <translation>Case file restored</translation>
    </message>
    <message>
        <source>%1 was left half-upgraded by an interrupted upgrade. It was restored from its backup %2; the damaged file is kept beside it as %3.</source>
        <translation>%1 was left half-upgraded by an interrupted upgrade. It was restored from its backup %2; the damaged file is kept beside it as %3.</translation>
    </message>
</context>
</TS>