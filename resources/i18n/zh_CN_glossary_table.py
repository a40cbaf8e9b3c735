"""Chinese translations of the bargaining-table strings of issue 13 (answers awaited, conclusion, elicitation,
operator); merged by zh_CN_glossary.py."""

TABLE = {
    ("ProposalTableModel", "Awaiting"): "待答复",
    ("ProposalTableModel", "nobody (concluded)"): "无（已达成一致）",
    ("ProposalTableModel", "%1 accepts (by tabling it)"): "%1接受（提出即视为接受）",
    ("ProposalTableModel", "%1 tabled it: that counts as its acceptance"): "%1提出该方案，视为接受",
    ("ProposalTableModel", "Awaiting the answer of: %1"): "尚待答复：%1",
    ("ProposalTableModel", "Every signatory has answered; not all accept"): "各签约方均已答复，但并非全部接受",
    ("BargainingPanel", "Answer proposal %1 of %2 (round %3)"): "答复第%3轮第%1号方案（%2提出）",
    ("Errors", "the bargaining is concluded: every signatory accepted a proposal"):
        "协商已达成一致：各签约方均已接受同一方案。",
    ("Errors", "this round is closed; open a new round to table proposals"): "本轮已结束，请开始新一轮后再提出方案。",
    ("Errors", "the round of this proposal is closed"): "该方案所在轮次已结束。",
    ("Errors", "close the current round before opening the next one"): "请先结束当前轮次，再开始下一轮。",
    ("Errors", "this version carries signatures; edit it to make a new draft instead"):
        "该版本已有签名；如需修改，请编辑后另存为新的草案。",
    ("Errors", "only an agreement on the concluded package can be made final: conclude the bargaining (every "
               "signatory accepts a proposal) and draft again"):
        "只有根据达成一致的方案起草的协议才能定稿：请先达成一致（各签约方接受同一方案），再重新起草。",
    ("Errors", "the case has no issues, so there is no package to draft from"): "本案尚无协商事项，无从起草方案。",
    ("Errors", "no such round in this case"): "本案中没有该轮次。",
    ("Labels", "position restored"): "诉求已恢复",
    ("Labels", "session created"): "新建协商会议",
    ("Labels", "session changed"): "修改协商会议",
    ("Labels", "session withdrawn"): "撤回协商会议",
    ("Labels", "session restored"): "恢复协商会议",
    ("Labels", "round opened"): "开始新一轮",
    ("Labels", "round closed, minutes written"): "结束本轮并生成会议纪要",
    ("Labels", "round reopened"): "重新开启轮次",
    ("Labels", "round withdrawn"): "撤回轮次",
    ("Labels", "round restored"): "恢复轮次",
    ("Labels", "proposal tabled"): "提出方案",
    ("Labels", "proposal withdrawn"): "撤回方案",
    ("Labels", "proposal restored"): "恢复方案",
    ("Labels", "answer recorded"): "记录答复",
    ("Labels", "answer withdrawn"): "撤回答复",
    ("Labels", "agreement reached on a proposal"): "就方案达成一致",
    ("Labels", "bargaining reopened"): "重新开启协商",
    ("Labels", "agreement version saved"): "保存协议版本",
    ("Labels", "agreement version withdrawn"): "撤回协议版本",
    ("Labels", "agreement status changed"): "协议状态变更",
    ("Labels", "signature recorded"): "记录签署",
    ("Labels", "secretariat certificate authority created"): "创建联席办证书机构",
    ("Labels", "delegate signing identity issued"): "签发代表签名身份",
    ("Labels", "certificate authority trusted"): "信任证书机构",
    ("Operator", "Operator"): "操作人",
    ("Operator", "Your name, recorded as the operator (操作人) of every change you make (you can change it in "
                 "Preferences):"): "请输入您的姓名，将作为操作人记录在您所做的每项修改中（可在“首选项”中更改）：",
    ("PreferencesDialog", "e.g. 王芳（联席办）"): "例如：王芳（联席办）",
    ("PreferencesDialog", "Recorded as the operator (操作人) of every change you make"): "记录为您所做每项修改的操作人",
    ("PreferencesDialog", "Operator (your name)"): "操作人（您的姓名）",
    ("OverviewPage", " — operator: %1"): "——操作人：%1",
    ("Labels", "preferences elicited"): "偏好测评",
    ("DemandsPage", "Weights…"): "权重…",
    ("DemandsPage", "Weights of the selected party's issues, by swing weighting or pairwise comparison"):
        "以摆幅赋权法或两两比较法测定所选主体各事项的权重",
    ("DemandsPage", "Weights"): "权重",
    ("DemandsPage", "%1 has stated fewer than two positions: there is nothing to weigh yet."):
        "%1表达的诉求少于两项，尚无可赋权的事项。",
    ("ElicitationCommands", "Weights of %1"): "设定%1的权重",
    ("Validation", "Give 100 points to the swing that matters most."): "请给最重要的摆幅打100分。",
    ("Validation", "Rate the swing of at least one issue."): "请至少为一个事项的摆幅打分。",
    ("Validation", "State a position on {issue} first."): "请先表达对“{issue}”的诉求。",
    ("Validation", "The ratings are all equal: the issue would not matter to this party."):
        "各选项评分相同：该事项对此主体将无影响。",
    ("Validation", "One point must score 0 (the worst value) and one score 1 (the best)."):
        "须有一点得分为0（最差值），一点得分为1（最佳值）。",
    ("WeightsDialog", "Weights of %1"): "%1的事项权重",
    ("WeightsDialog", "Imagine each issue moving from its worst to its best value. Give 100 points to the move "
                      "that matters most, and to each other move the points it is worth beside that one."):
        "设想每个事项从最差值变为最佳值。给最重要的变化打100分，其余变化按其相对于该变化的重要程度打分。",
    ("WeightsDialog", "Swing weighting"): "摆幅赋权法",
    ("WeightsDialog", "For each pair: which issue matters more to the party, and how much?"):
        "逐对比较：对该主体而言，哪个事项更重要？重要多少？",
    ("WeightsDialog", "%1 × more: %2"): "%2更重要（%1倍）",
    ("WeightsDialog", "equally important"): "同等重要",
    ("WeightsDialog", "Pairwise comparison"): "两两比较法（层次分析法）",
    ("WeightsDialog", "Resulting weights (you can adjust them)"): "得出的权重（可手动调整）",
    ("WeightsDialog", "Consistency ratio %1 %: %2"): "一致性比率 %1%：%2",
    ("WeightsDialog", "consistent enough (below 10 %)"): "一致性可以接受（低于10%）",
    ("WeightsDialog", "the comparisons contradict each other; revise some (10 % or more)"):
        "比较结果相互矛盾，请修改部分判断（达到或超过10%）",
    ("WeightsDialog", "At least one weight must be above zero."): "至少一个权重须大于零。",
    ("ElicitationText", "Weights by swing weighting: points %1 (of %2 in all) → weights %3."):
        "权重来自摆幅赋权：各事项得分 %1（合计 %2）→ 权重 %3。",
    ("ElicitationText", "Weights by pairwise comparison (AHP): %1 → weights %2."):
        "权重来自两两比较（层次分析法）：%1 → 权重 %2。",
    ("ElicitationText", "Weights set by hand: %1."): "权重为手动设定：%1。",
    ("ElicitationText", "Scores of %1 from ratings (best 1, worst 0): %2."): "“%1”各选项得分来自评分（最佳为1，最差为0）：%2。",
    ("ElicitationText", "Value function of %1 through the points %2."): "“%1”的价值函数经过各点 %2。",
    ("ExplainDialog", "How the answers gave these weights and scores"): "权重与得分的由来",
    ("DemandsPage", "Scores…"): "评分…",
    ("DemandsPage", "Rate every option (discrete issue) or shape the value function (numeric issue) of the "
                    "selected cell's party"): "为所选单元格的主体给每个选项评分（离散事项），或设定价值函数（数值事项）",
    ("DemandsPage", "Scores"): "评分",
    ("ElicitationCommands", "Scores of %1 on %2"): "设定%1对“%2”的评分",
    ("ScoresDialog", "Scores of %1 on %2"): "%1对“%2”的评分",
    ("ScoresDialog", "Points of the value function: at each value, how good it is for the party (0 = worst "
                     "acceptable, 1 = best)."): "价值函数的各点：每个取值对该主体有多好（0为可接受的最差，1为最佳）。",
    ("ScoresDialog", "Add point"): "添加点",
    ("ScoresDialog", "Rate every option for the party: 100 for the best; the worst scores 0 and the others in "
                     "proportion."): "为该主体给每个选项评分：最佳为100；最差的得分为0，其余按比例计算。",
    ("ScoresDialog", "Scores: %1"): "得分：%1",
    ("ScoresDialog", "Value"): "取值",
    ("ScoresDialog", "Score (0–1)"): "得分（0–1）",
    ("Labels", "delegate certificate bound to its party"): "代表证书与所属主体绑定",
    ("Labels", "indicator added"): "新增考核指标",
    ("Labels", "indicator changed"): "修改考核指标",
    ("Labels", "indicator deleted"): "删除考核指标",
    ("Labels", "benefit rule added"): "新增分享与补偿规则",
    ("Labels", "benefit rule changed"): "修改分享与补偿规则",
    ("Labels", "benefit rule deleted"): "删除分享与补偿规则",
    ("Labels", "reading recorded"): "记录监测数据",
    ("Labels", "reading changed"): "修改监测数据",
    ("Labels", "reading deleted"): "删除监测数据",
    ("Labels", "commitment waived"): "豁免履约事项",
    ("Labels", "commitment waiver withdrawn"): "撤销履约事项豁免",
    ("Labels", "payment recorded"): "记录付款",
    ("Labels", "payment record deleted"): "删除付款记录",
    ("Labels", "dispute raised"): "提起争议",
    ("Labels", "dispute escalated"): "争议提请上级裁定",
    ("Labels", "dispute decided"): "争议裁定",
    ("Labels", "monitoring terms saved"): "保存履约监督期限设置",
    # the BATNA in issue terms (no-agreement outcome) and its scale
    ("BatnaDialog", "BATNA of %1 (confidential)"): "%1的BATNA（保密）",
    ("BatnaDialog", "What does %1 get if no agreement is reached? State it issue by issue (the status quo: e.g. no "
                    "compensation, the current tax split) and the utility follows from its own preferences, or type "
                    "the utility."):
        "若谈判破裂、达不成协议，%1将得到什么？可逐项填写无协议时的结果（即现状，例如不予补偿、维持现行税收分成），"
        "由其自身的偏好算出效用；也可直接输入效用。",
    ("BatnaDialog", "No-agreement outcome, issue by issue"): "逐项填写无协议时的结果",
    ("BatnaDialog", "Type the utility"): "直接输入效用",
    ("BatnaDialog", "BATNA utility"): "BATNA效用",
    ("BatnaDialog", "%1's BATNA utility from this outcome: %2"): "按此结果，%1的BATNA效用为%2",
    ("BatnaDialog", "; "): "；",
    ("BatnaDialog", "%1 has stated no position yet: every package is worth 0 to it."):
        "%1尚未表达任何立场：所有方案对其效用均为0。",
    ("BatnaDialog", "0 = the worst package for %1: %2"): "0 = 对%1最不利的方案：%2",
    ("BatnaDialog", "1 = its best package: %1"): "1 = 对其最有利的方案：%1",
    ("DemandsPage", "BATNA…"): "BATNA…",
    ("DemandsPage", "What the selected party gets if no agreement is reached (confidential): the outcome issue by "
                    "issue, or the utility"): "所选参与方在达不成协议时得到什么（保密）：逐项的结果，或直接给出效用",
    ("DemandsPage", "BATNA"): "BATNA",
    ("ElicitationCommands", "BATNA of %1"): "%1的BATNA",
    ("Labels", "BATNA set (no-agreement outcome)"): "设定BATNA（无协议结果）",
    ("PartyDialog", "Computed from the no-agreement outcome stated issue by issue (Demands page, BATNA…)"):
        "由逐项填写的无协议结果算出（利益诉求页 → BATNA…）",
    ("PartyTableModel", "%1 (from the no-agreement outcome)"): "%1（按无协议结果）",
}
