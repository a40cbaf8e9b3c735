"""Chinese translations of the Rehearsal page strings; merged by zh_CN_glossary.py."""

TABLE = {
    ("Pages", "Rehearsal"): "演练",
    ("RehearsalPage", "Rehearsal (演练) — agents play the signatories as their demands describe them. "
                      "Nothing here is written to the case: not the minutes, not the agreement, not the exports."):
        "演练 —— 由智能体按各签约方的利益诉求模拟谈判。演练结果不写入案卷：不进入会议纪要、协议和导出文件。",
    ("RehearsalPage", "Who plays how"): "各方策略",
    ("RehearsalPage", "Each agent's issue weights and BATNA utility are drawn within ± this range per seed: "
                      "rehearse against what a counterpart might really want."):
        "每个种子在此范围内随机扰动各智能体的事项权重和破裂点效用：针对对方可能的真实意图进行演练。",
    ("RehearsalPage", "A mediator tables texts moving toward the Nash package"): "协调方提出逐步趋向纳什解的单一文本",
    ("RehearsalPage", "Deadline and uncertainty"): "期限与不确定性",
    ("RehearsalPage", "Rounds"): "轮数",
    ("RehearsalPage", "Seeds per combination"): "每种组合的种子数",
    ("RehearsalPage", "Perturbation (±)"): "扰动幅度（±）",
    ("RehearsalPage", "Run the what-if"): "运行情景推演",
    ("RehearsalPage", "Debrief report (PDF)…"): "复盘报告（PDF）…",
    ("RehearsalPage", "each of them (compare)"): "逐一比较全部策略",
    ("RehearsalPage", "Agents are negotiating…"): "智能体正在谈判…",
    ("RehearsalPage", "Rehearsal"): "演练",
    ("RehearsalPage", "%1 runs, %2 agreements. Select a row to see the first run's debrief."):
        "共%1次推演，%2次达成一致。选择一行查看其第一次推演的复盘。",
    ("RehearsalPage", "Debrief report"): "复盘报告",
    ("RehearsalPage", "Wrote %1"): "已写入%1",
    ("RehearsalPage", "Rehearsals use confidential reservation values: hidden in presentation mode."):
        "演练使用保密的保留值，演示模式下不显示。",
    ("Strategies", "Boulware (concedes late)"): "后期让步（Boulware）",
    ("Strategies", "Linear concession"): "线性让步",
    ("Strategies", "Conceder (concedes early)"): "早期让步（Conceder）",
    ("Strategies", "Tit for tat"): "以牙还牙（针锋相对）",
    ("Strategies", "Hardliner"): "强硬不让",
    ("FileActions", "Import &GENIUS domain…"): "导入GENIUS谈判域(&G)…",
    ("FileActions", "Import GENIUS domain"): "导入GENIUS谈判域",
    ("FileActions", "GENIUS domain and profile files (choose them together)"): "GENIUS谈判域及各方偏好文件（一并选择）",
    ("FileActions", "New case file for the GENIUS domain"): "为GENIUS谈判域新建案卷文件",
    ("FileActions", "%1: the weights sum to %2; they were normalised to 1, so its utilities are divided by %2."):
        "%1：权重之和为%2，已归一化为1，其效用相应除以%2。",
    ("FileActions", "Discount factors are ignored: %1."): "已忽略贴现因子：%1。",
    ("RehearsalPage", "What-if: agents only"): "情景推演：全部由智能体",
    ("RehearsalPage", "Play a side yourself"): "亲自扮演一方",
    ("MainWindow", "演练 REHEARSAL — this file is a rehearsal kept beside the case, not the real record; delete it "
                   "when it has served."): "演练 —— 本文件是保存在案卷旁的演练记录，不属于正式记录；用完即可删除。",
    ("WhatIfModel", "Strategies"): "策略组合",
    ("WhatIfModel", "Runs"): "次数",
    ("WhatIfModel", "Agreement"): "达成率",
    ("WhatIfModel", "Mean utilities"): "平均效用",
    ("WhatIfModel", "On the frontier"): "位于前沿",
    ("WhatIfModel", "Distance to Nash"): "与纳什解距离",
    ("WhatIfModel", "Rounds"): "平均轮数",
    # playing in the Sessions page
    ("BargainingPanel", "New rehearsal…"): "新建演练…",
    ("BargainingPanel", "Rehearse: play your side against agents in a copy of this case, kept apart from the real "
                        "record"): "演练：在本案卷的副本中由您扮演本方、智能体扮演其他各方，与正式记录完全分开",
    ("Conductor", "The rehearsal cannot go on."): "演练无法继续。",
    ("Conductor", "The rehearsal has ended: see the debrief, or start a new rehearsal."): "演练已结束：请查看复盘，或新建演练。",
    ("Conductor", "Wait: %1 is about to answer."): "请稍候：%1即将答复。",
    ("Conductor", "Wait: the rehearsal is being prepared (its exact frontier is being computed)."):
        "请稍候：正在准备演练（正在计算精确的帕累托前沿）。",
    ("Conductor", "The pass cannot be kept beside the rehearsal (%1)."): "无法在演练文件旁保存“本轮不提”（%1）。",
    ("Conductor", "In a rehearsal the rounds are opened and closed for you. %1"): "演练中各轮由系统开启和结束。%1",
    ("Conductor", "Pass"): "本轮不提",
    ("Conductor", "the mediator"): "协调方",
    ("Conductor", "It is %1's turn to table a proposal (or pass)."): "现在轮到%1提出方案（或本轮不提）。",
    ("Conductor", "It is %1's turn to answer the proposal of %2."): "现在轮到%1答复%2的提案。",
    ("RehearsalTurns", "Pass"): "本轮不提",
    ("RehearsalTurns", "The agents' replies"): "智能体的答复",
    ("RehearsalStrip", "Pass"): "本轮不提",
    ("RehearsalStrip", "Table nothing in this round"): "本轮不提出方案",
    ("RehearsalStrip", " s"): " 秒",
    ("RehearsalStrip", "Pause before the agents answer"): "智能体答复前的停顿",
    ("RehearsalStrip", "Debrief (复盘)…"): "复盘…",
    ("RehearsalStrip", "Back to the real case"): "返回正式案卷",
    ("RehearsalStrip", "演练 — the rehearsal cannot go on: %1"): "演练 —— 无法继续：%1",
    ("RehearsalStrip", "演练 · you play %1 · round %2/%3 · "): "演练 · 您扮演%1 · 第%2/%3轮 · ",
    ("RehearsalStrip", "no agreement by the deadline: open the debrief."): "期限内未达成一致：请打开复盘。",
    ("RehearsalStrip", "agreement in round %1, your utility %2: open the debrief."):
        "第%1轮达成一致，您的效用%2：请打开复盘。",
    ("RehearsalStrip", "%1 is considering…"): "%1正在考虑…",
    ("RehearsalStrip", "%1 acts…"): "%1正在行动…",
    ("RehearsalStrip", "%1 to table: use the proposal editor, or pass."): "轮到您（%1）提出方案：请用方案编辑器，或本轮不提。",
    ("RehearsalStrip", "%1 to answer %2's proposal (worth %3 to you): accept, reject or counter."):
        "轮到您（%1）答复%2的提案（对您的效用%3）：接受、拒绝或提出反提案。",
    ("RehearsalStrip", "演练 · you play %1 · preparing: computing the exact frontier… %2%"):
        "演练 · 您扮演%1 · 准备中：正在计算精确的帕累托前沿… %2%",
    ("RehearsalStrip", "Pause "): "停顿 ",
    ("RehearsalLaunch", "New rehearsal"): "新建演练",
    ("RehearsalLaunch", "This is a rehearsal already: start a new one from the real case."): "本文件已是演练：请从正式案卷新建演练。",
    ("RehearsalLaunch", "Rehearsals use confidential reservation values: leave presentation mode first."):
        "演练使用保密的保留值：请先退出演示模式。",
    ("RehearsalLaunch", "Back to the real case"): "返回正式案卷",
    ("RehearsalLaunch", "The real case %1 is no longer beside this rehearsal."): "正式案卷%1已不在本演练旁。",
    # the new-rehearsal dialog
    ("NewRehearsalDialog", "New rehearsal (演练)"): "新建演练",
    ("NewRehearsalDialog", "Play your side against agents in a copy of this case. The copy is kept beside the case "
                           "file, apart from the real record: nothing of it reaches the minutes, the agreement or "
                           "the exports."):
        "在本案卷的副本中由您扮演本方、智能体扮演其他各方。副本保存在案卷文件旁，与正式记录分开："
        "其任何内容都不会进入会议纪要、协议或导出文件。",
    ("NewRehearsalDialog", "Who plays"): "参与者",
    ("NewRehearsalDialog", "Party"): "参与方",
    ("NewRehearsalDialog", "You play it"): "由您扮演",
    ("NewRehearsalDialog", "Otherwise the agent plays"): "否则由智能体按此策略扮演",
    ("NewRehearsalDialog", "The same seed gives the same seating order and the same perturbation"):
        "相同的种子给出相同的发言顺序和相同的扰动",
    ("NewRehearsalDialog", "Each agent's issue weights and BATNA utility are drawn within ± this range: rehearse "
                           "against what a counterpart might really want."):
        "每个智能体的议题权重和破裂点效用在±此范围内随机抽取：针对对方可能的真实诉求进行演练。",
    ("NewRehearsalDialog", "The mediator tables texts moving toward the Nash package"): "协调方提出逐步趋向纳什解的单一文本",
    ("NewRehearsalDialog", "The case names no mediator (协调方)"): "本案未设协调方",
    ("NewRehearsalDialog", " s"): " 秒",
    ("NewRehearsalDialog", "How long the agents wait before they answer, so you can think; 0 answers at once. It "
                           "can be changed during the rehearsal."):
        "智能体答复前等待的时间，便于您思考；0 表示立即答复。演练中可随时调整。",
    ("NewRehearsalDialog", "Deadline, uncertainty and pace"): "期限、不确定性与节奏",
    ("NewRehearsalDialog", "Deadline (rounds)"): "期限（轮）",
    ("NewRehearsalDialog", "Seed"): "随机种子",
    ("NewRehearsalDialog", "Perturbation (±)"): "扰动幅度（±）",
    ("NewRehearsalDialog", "Pause before the agents answer"): "智能体答复前的停顿",
    ("NewRehearsalDialog", "Start the rehearsal"): "开始演练",
    ("NewRehearsalDialog", "A rehearsal needs at least two signatories: one for you, one for an agent."):
        "演练至少需要两个签署方：一方由您扮演，一方由智能体扮演。",
    ("NewRehearsalDialog", "Choose at least one party to play yourself."): "请至少选择一个由您扮演的参与方。",
    ("NewRehearsalDialog", "Leave at least one party to the agents."): "请至少留一个参与方由智能体扮演。",
    # the debrief of a played rehearsal
    ("DebriefView", "Debrief (复盘) — %1"): "复盘 —— %1",
    ("DebriefView", "Debrief report (PDF)…"): "复盘报告（PDF）…",
    ("DebriefView", "Close"): "关闭",
    ("DebriefView", "Still in play (round %1 of %2); the debrief so far."): "演练仍在进行（第%1轮，共%2轮）；以下为目前的复盘。",
    ("DebriefView", "Agreement in round %1."): "第%1轮达成一致。",
    ("DebriefView", "No agreement within %1 rounds: every party keeps its BATNA."): "%1轮内未达成一致：各方保留破裂点。",
    ("DebriefView", "%1 You played %2. Utilities: %3."): "%1您扮演%2。各方效用：%3。",
    ("DebriefView", "Nash"): "纳什解",
    ("DebriefView", "Kalai–Smorodinsky"): "K-S解（卡莱-斯莫罗丁斯基）",
    ("DebriefView", "Egalitarian"): "平等主义解",
    ("DebriefView", "The deal"): "达成方案",
    ("DebriefView", "In brackets: what each party gained by the deal compared with the solution (negative: it got "
                    "less)."): "括号内：与该解相比，各方从达成方案中多得的效用（负数表示少得）。",
    ("DebriefView", "Distance from the deal"): "与达成方案的距离",
    ("DebriefView", "%1, round %2: asked for %3 but the deal gave it %4 — %5 conceded that was not needed."):
        "%1第%2轮只要求%3，而最终方案给了它%4 —— 多让了%5，这一让步并无必要。",
    ("DebriefView", "None: no party offered less than it finally got."): "无：没有一方的出价低于其最终所得。",
    ("DebriefView", "No deal, so nothing to improve on: see the curves above."): "未达成协议，无可改进的方案：请看上方曲线。",
    ("DebriefView", "None: the deal lies on the Pareto frontier."): "无：达成方案位于帕累托前沿。",
    ("DebriefView", "%1 frontier packages are at least as good for every party. The most each could still gain: "
                    "%2; all at once: +%3."): "有%1个前沿方案对各方都不差。各方最多还可多得：%2；各方可同时多得：+%3。",
    ("DebriefView", "The deal against the bargaining solutions"): "达成方案与各谈判解的比较",
    ("DebriefView", "Needless concessions"): "不必要的让步",
    ("DebriefView", "Value left on the table"): "遗留在桌上的价值",
    ("DebriefView", "Debrief report"): "复盘报告",
    ("DebriefView", "(you)"): "（您）",
    ("DebriefView", "Wrote %1"): "已写入%1",
    # the page's list of played rehearsals and the what-if chart
    ("PlayedRehearsals", "Played rehearsals of this case"): "本案的演练记录",
    ("PlayedRehearsals", "New rehearsal…"): "新建演练…",
    ("PlayedRehearsals", "Play your side against agents in the Sessions page of a copy of this case"):
        "在本案卷副本的“协商会议”页中由您扮演本方，与智能体对弈",
    ("PlayedRehearsals", "Open"): "打开",
    ("PlayedRehearsals", "Delete…"): "删除…",
    ("PlayedRehearsals", "This file is a rehearsal: start new ones from the real case."): "本文件是演练：请从正式案卷新建演练。",
    ("PlayedRehearsals", "%1 — agents only"): "%1 —— 仅智能体",
    ("PlayedRehearsals", "%1 — you played %2"): "%1 —— 您扮演%2",
    ("PlayedRehearsals", "Delete rehearsal"): "删除演练",
    ("PlayedRehearsals", "The rehearsal is open in a window: close it first."): "该演练正在某个窗口中打开：请先关闭。",
    ("PlayedRehearsals", "Delete the rehearsal %1? The real case is not touched."): "删除演练%1？正式案卷不受影响。",
    ("RehearsalPage", "What-if chart"): "推演图",
    ("RehearsalPage", "Debrief of the selected combination's first run"): "所选组合首次推演的复盘",
    ("RehearsalPage", "%1 runs, %2 agreements. Select a row to see its first run's debrief."):
        "共%1次推演，%2次达成一致。选择一行可查看其首次推演的复盘。",
}
