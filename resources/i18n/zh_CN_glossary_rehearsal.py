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
    ("RehearsalPlay", "Start a new rehearsal"): "开始新的演练",
    ("RehearsalPlay", "You play"): "您扮演",
    ("RehearsalPlay", "Seed"): "随机种子",
    ("RehearsalPlay", "Pass this round"): "本轮不提方案",
    ("RehearsalPlay", "Accept"): "接受",
    ("RehearsalPlay", "Reject"): "拒绝",
    ("RehearsalPlay", "Undo my last step"): "撤销上一步",
    ("RehearsalPlay", "Choose whom you play and start."): "选择您扮演的一方，然后开始。",
    ("RehearsalPlay", "Choose one strategy for each agent to play against it."): "请为每个智能体选择一种策略后再开始演练。",
    ("RehearsalPlay", "Mediator"): "协调方",
    ("RehearsalPlay", "%1 accepts"): "%1接受",
    ("RehearsalPlay", "%1 rejects"): "%1拒绝",
    ("RehearsalPlay", "Round %1, %2: %3 (your utility %4). %5"): "第%1轮，%2提出：%3（您的效用%4）。%5",
    ("RehearsalPlay", "Round %1: answer the proposal (your utility %2)."): "第%1轮：请答复该提案（您的效用%2）。",
    ("RehearsalPlay", "Round %1 of %2: table a package with the editor, or pass."):
        "第%1轮（共%2轮）：请用右侧编辑器提出方案，或本轮不提。",
    ("RehearsalPlay", "No agreement by the deadline. The debrief is below."): "期限内未达成一致。复盘见下方。",
    ("RehearsalPlay", "Agreement in round %1: your utility %2. The debrief is below."):
        "第%1轮达成一致：您的效用为%2。复盘见下方。",
    ("RehearsalPlay", "Keep as a rehearsal file…"): "保存为演练文件…",
    ("RehearsalPlay", "Saved beside the case in its .rehearsals folder, never in the case file; open it to see the "
                      "rounds and minutes, delete it when done."):
        "保存在案卷旁的 .rehearsals 文件夹中，绝不写入案卷本身；可打开查看各轮与会议纪要，用完即可删除。",
    ("RehearsalPlay", "Debrief report (PDF)…"): "复盘报告（PDF）…",
    ("RehearsalPlay", "played by the user as %1"): "用户扮演%1",
    ("RehearsalPlay", "Kept in %1"): "已保存到%1",
    ("RehearsalPlay", "(you)"): "（您）",
    ("RehearsalPlay", "Debrief report"): "复盘报告",
    ("RehearsalPlay", "Wrote %1"): "已写入%1",
    ("MainWindow", "演练 REHEARSAL — this file is a rehearsal kept beside the case, not the real record; delete it "
                   "when it has served."): "演练 —— 本文件是保存在案卷旁的演练记录，不属于正式记录；用完即可删除。",
    ("WhatIfModel", "Strategies"): "策略组合",
    ("WhatIfModel", "Runs"): "次数",
    ("WhatIfModel", "Agreement"): "达成率",
    ("WhatIfModel", "Mean utilities"): "平均效用",
    ("WhatIfModel", "On the frontier"): "位于前沿",
    ("WhatIfModel", "Distance to Nash"): "与纳什解距离",
    ("WhatIfModel", "Rounds"): "平均轮数",
}
