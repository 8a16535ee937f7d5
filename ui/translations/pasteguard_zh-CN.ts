<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>事件随时间分布</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title}（正在统计，从最新开始：目前已统计 {all} 个中的 {done} 个）</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>仍在统计：{when} 之前的柱形尚未统计。</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>这段时间没有事件。</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} 个事件；最高的柱从 {when} 开始，有 {most} 个。</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>发现于</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>解码层</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>写入的版本（共 {count} 个）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>事件 ID</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>文本（已失效处理，隐藏部分已标记）</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>事件 {id}（{kind}）标记的文本（已失效处理）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>任意级别</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>恶意</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>可疑或更严重</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>可疑</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>干净</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>演练（所有结果）</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>任意目标</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>搜索摘要、文本、来源、规则</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>粘贴目标(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S):</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>只显示这段时间的事件</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>时间范围的开始</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>时间范围的结束</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>只显示这个级别的事件</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>只显示这种类型的事件</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>只显示粘贴到这类窗口的事件</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>只显示文本包含这些词的事件</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>你所在组织的策略不允许放回被拦截的文本。</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>被拦截的文本显示在 PasteGuard 警告中：请在那里确认。</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>感谢你的报告</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>这台电脑上正在进行安全演练：如果你说的是那个页面，那就是演练，而报告它正是正确的做法。</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>发给 IT 的邮件已准备好</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>写明是哪个页面，然后发送。</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>告诉你的 IT 团队</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>请写信给 {address}，说明是哪个页面：这台电脑上没有打开任何邮件程序。</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>告诉他们是哪个页面：这台电脑没有设置报告地址。</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>关于 PasteGuard</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;阻止复制粘贴攻击：假验证码、FileFix、控制台骗局和假技术支持。</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>无效；沿用上一个有效的策略</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>无效；内置设置以最严格的方式生效</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>事件日志：{data}
策略：{policy}（{state}）</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard 菜单</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>已保护</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>暂停 15 分钟</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>暂停 1 小时</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>暂停到重新启动</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>恢复保护</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>找回最近被拦截的文本</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>打开事件日志</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>粘贴骗局是怎么回事</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>报告可疑页面…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>关于 PasteGuard</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>退出 PasteGuard</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>已暂停，直到你恢复或重新启动</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>已暂停至 {time}</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>部分功能可用：{reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>已保护：危险文本会被拦截</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>已保护：有风险的粘贴会被阻止并说明原因</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>仅观察：粘贴会被记录，不会被阻止</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>未监视键盘，因此无法即时发现粘贴</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>未监视鼠标中键粘贴</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>无法确定前台窗口</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>无法照常写入事件日志</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>事件日志已被其他程序更改</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>有一个规则文件夹未被使用</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>设置或策略有问题</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>组织的列表未全部启用</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>剪贴板保持器无法工作</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>无法读取剪贴板</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard 拦截了一条危险命令</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard 已从剪贴板中移除一段危险文本</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} 刚刚启动</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>是电话里的人或某个网页让你启动它的吗？如果不是你自己打过去的，请关闭它并挂断电话：真正的客服从不会先打来。</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>没有可放回的内容（可能已过期）。</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>现在无法读取事件日志：{reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>要放回去，请使用 PasteGuard 菜单。</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>{time} 阻止了一次有风险的粘贴</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>{time} 的一次危险粘贴可能已经完成</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>假验证码（ClickFix）</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>页面显示一个“我不是机器人”复选框。点一下就会悄悄复制一条命令。接着页面让你按 Win+R、Ctrl+V 和 Enter：你会亲手运行攻击者的程序。一串空格把真正的命令推到视线之外，“运行”框里只显示一行看似无害的“我不是机器人”。</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>网站让你按快捷键，而不是点击或输入文字</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>说明里出现 Win+R、Win+X、Ctrl+V 或“打开终端”</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>要你粘贴的“验证 ID”</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>真正的验证码从不要求你在页面之外按键。请关闭这个标签页。</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>假文件路径（FileFix）</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>页面提供一份文档，让你打开文件资源管理器、点击地址栏并粘贴它的“路径”。复制的文本以一条命令开头，注释符号后面跟着一个文件名，所以地址栏看起来像普通路径。</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>网站要你把东西粘贴到文件资源管理器或“打开”对话框里</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>为你没要的文档提供“复制路径”按钮</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>请用浏览器下载文件。绝不要粘贴网页给你的路径。</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>假技术支持和远程控制</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>一个响亮的弹窗说你的电脑中毒或被锁定，并显示一个电话号码。“技术员”让你安装远程控制工具或粘贴一条命令。之后他就能控制你的电脑、银行账户和邮箱。</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>带电话号码的警告，常常伴有声音并全屏显示</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>来电者让你安装 AnyDesk、TeamViewer、快速助手或类似软件</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>施压：“马上照做，否则你会失去一切”</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>挂断电话并关闭浏览器（Alt+F4）。用你已经知道的号码打给你的 IT 团队。远程控制工具启动时，PasteGuard 会提醒你。</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>粘贴到浏览器控制台（self-XSS）</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Discord、Roblox 或社交媒体上的消息承诺，只要你按 F12 并把代码粘贴到控制台，就能得到奖励或通过验证。这段代码以你的身份运行：它把你的登录令牌发给骗子，你的账号就归他了。</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>提到 F12、“控制台”或“检查”的操作说明</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>免费 Nitro、Robux、皮肤或“验证你的账号”奖励</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>关闭开发者工具。没有任何奖励或客服需要你的代码。</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>应该怎么做</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>这些花招都只需要一件事：你粘贴并按下 Enter。在那一步停下就够了。只要你没有运行，什么都没有发生。</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>关闭提出这个要求的页面或聊天</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>用你已经知道的号码或地址联系你的 IT 团队</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>使用 PasteGuard 警告中的“报告给 IT”，让其他人也受到保护</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>如果你已经运行了什么：断开网络并立即打电话给 IT。用另一台设备修改你的密码。</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>三件有用的事</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>如果已经太晚</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>如何识别</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>该怎么做</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>假验证码页面让你按 Win+R、Ctrl+V 和 Enter</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>一条消息让你把代码粘贴到浏览器的开发者控制台</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>一个页面让你把“文件路径”粘贴到文件资源管理器的地址栏</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>应该怎么做：停下，关闭页面，问 IT</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>假病毒警报、一通电话和一个远程控制工具</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>我不是机器人</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>验证步骤：</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. 按</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. 按</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. 按</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>点击复选框时已经把</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>一条命令放进了剪贴板。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>打开：</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># 我不是机器人 - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>隐藏在视线之外：</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…后面跟着 60 个空格</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>免费 Nitro / Robux！按 F12，</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>打开控制台，粘贴这个，</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>再按 Enter 领取！</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>注意：不要粘贴你看不懂的代码。</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>骗子用它来盗取你的账号。</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>把你的登录令牌发给骗子</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>你账号的钥匙</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>你的文件已准备好</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>打开方法：</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. 打开文件资源管理器</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. 点击地址栏</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. 粘贴路径，按 Enter</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>文件资源管理器</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>地址栏里真正的内容：</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>这个“路径”</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>开头其实是</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>按 Enter 之前停下</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>关闭页面</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>真正的网站不会让你把命令</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>粘贴到 Windows 或终端里。</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>问问你信任的人</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>你的 IT 团队，用你</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>已经知道的号码，别用页面上的。</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>报告它</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>警告里的“报告给 IT”会保存</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>详细信息，让其他人也受到保护。</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>已经粘贴并运行了？</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>断开网络，打电话给 IT。</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>检测到病毒</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>你的电脑已被锁定。</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>立即拨打“客服”：</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>call</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>“装上这个应用，</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>粘贴这个，我来帮你修好。”</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>真正的客服从不会先打电话给你。</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>远程控制 = 他们能控制</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>你的电脑和账号。</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>吓人的弹窗无法锁定你的电脑。</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>关闭浏览器（Alt+F4），打电话给你自己的 IT 团队。</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>粘贴骗局是怎么回事</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>选择一页</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一页(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>下一页</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>{name}中的条目；选中一项并按 Delete 移除</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>{name}的新条目</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>输入一个条目并按 Enter 添加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>添加到{name}</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>把输入的条目加入列表</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>从{name}中移除</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>移除所选条目</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>对方选择了“保护我”。</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>做得好。什么都没有粘贴。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>你所在组织的策略不允许这样做。</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>文本已不可用；请重新复制。</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>已把被拦截的文本放回剪贴板。</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>被拦截的文本已回到你的剪贴板。</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>对方选择了“仍然粘贴”。</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>文本在你的剪贴板上：再次粘贴即可使用。</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>无法在这里信任这个网站。</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>对方信任了 {what}。</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>这段文本一次</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>这段文本放行一次：请再次粘贴。</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} 在 PasteGuard 重启前受信任：请再次粘贴。</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} 在 {days} 天内受信任：请再次粘贴。</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>无法保存报告：{reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>已在邮件程序中打开发给 {address} 的邮件：请点击发送。</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>一份副本会发送到你的 IT 团队的安全日志。</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>什么都没有发送：请把它给你的 IT 团队看，或告诉他们发生了什么。</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>报告已保存在这台电脑上：{path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>PasteGuard 设置</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>拦截：让剪贴板上的危险文本失效，阻止有风险的粘贴</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>警告：阻止有风险的粘贴并说明原因；从不更改剪贴板</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>监视：只记录日志</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>显示通知</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>受信任的网站</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>受信任的安装程序</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>登录时启动 PasteGuard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>与本机相同</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>PasteGuard 如何处理有风险的文本</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>PasteGuard 拦截内容时显示通知</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>更早的事件会被永久删除</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>PasteGuard 窗口的语言</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>登录这台电脑时自动启动 PasteGuard</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>保护(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>通知(&amp;N):</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>受信任的网站(&amp;S):</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>来自这些网站的可疑文本只会被记录。危险文本总会被阻止。</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>受信任的安装程序(&amp;I):</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>从这些 https 地址获取脚本的安装命令不会被标记。</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>事件日志保留(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>保存这些设置并关闭</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>关闭且不做任何更改</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>信任期限</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>没有从警告中信任的网站。</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>暂时信任(&amp;W):</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>暂时信任的网站</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>你从警告中信任的网站。来自它们(及其子域名)的可疑文本在所示日期前会被放行；危险文本总会被阻止。“撤销”会立即结束信任。</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} 及其下的所有地址</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>撤销对 {site} 的信任</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>立即停止信任 {site}；其文本会被重新判断</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>PasteGuard 重启时</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>自动启动(&amp;A):</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>随安装程序提供：安装后的 PasteGuard 会在你登录时启动。</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>已锁定：{reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>无法更改自动启动：{reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>无法保存设置：{reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>你所在组织的策略现在规定了这些设置，因此未作更改：{keys}</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard status</source>
        <translation>PasteGuard 状态</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard 菜单</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>暂停、恢复、找回被拦截的文本、设置和帮助</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>打开事件日志</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>PasteGuard 看到和做过的事</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>已保护</translation>
    </message>
    <message>
        <source>PasteGuard: {state}</source>
        <translation>PasteGuard：{state}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Put it back</source>
        <translation>放回去</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>把被拦截的文本放回剪贴板</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>关闭此通知</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>PasteGuard 事件日志</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>最新的在前；选择一个查看全部内容</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>日志中关于该事件的全部内容</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>导出显示的事件</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>删除所选(&amp;D)</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>重新读取日志</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>将显示的事件保存为 CSV、JSON Lines 或 ECS</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>永久删除所选事件</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>选择一个事件以查看全部内容。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>你所在组织的策略不允许删除事件</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>无法读取事件日志：{reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} 个事件匹配</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>超过 {n} 个事件匹配</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>每 5 分钟的事件，{first} 至 {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>每小时的事件，{first} 至 {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>每天的事件，{first} 至 {last}</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>每周的事件，{first} 至 {last}</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>正在将显示的事件导出到 {path}…（关闭此窗口会停止导出）</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>已将 {n} 个事件导出到 {path}</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>要永久删除 {n} 个事件吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>删除失败：{reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>已删除 {n} 个事件</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>一个网页</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>另一个网站</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>损害你的电脑</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>做出超出表面的事</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>这是骗局</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin}在你的剪贴板中放了一段文本，要你拨打一个号码</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>你剪贴板上的文本要你拨打一个号码</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>不要粘贴</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>请先检查</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin}在你的剪贴板中放了一段代码，它会{action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>你剪贴板上的代码会{action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin}要你粘贴一个登录地址，它会{action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>你剪贴板上的登录地址会{action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin}在你的剪贴板中放了一条命令，它会{action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>你剪贴板上的命令会{action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin}在你的剪贴板中放了一段文本，它可能会{action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>你剪贴板上的文本可能会{action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>它要你拨打一个电话号码。接电话的是骗子。</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>它会{action}（来自 {host}）。</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>它会{action}。</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>未知（没有程序或页面说明）</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>“运行”对话框（Win+R）</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>文件资源管理器的地址栏</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>浏览器的开发者控制台</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>PasteGuard 无法识别的窗口</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard 在任何程序粘贴它之前就已将其从剪贴板中移除。没有运行任何内容。</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard 已阻止粘贴。什么都没有运行。</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard 未能阻止这次粘贴：文本可能已经在那里了。不要按 Enter；清除这一行或关闭窗口。</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>不要把它粘贴到任何地方。这个地址里的代码能让拿到它的人进入你的账号；真正的登录从不要求你把它复制回页面。</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>不要拨打这个号码。真正的公司、银行或客服都不会把电话号码放进你的剪贴板。关闭页面；如果已经打过，请挂断并告诉你的 IT 团队。</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>关闭你要粘贴进去的窗口，以及让你这么做的网页。真正的网站、验证码或客服都不会让你把命令粘贴到 Windows 里。</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>关闭控制台。让你在那里粘贴代码的人想要你的账号：没有任何奖励、解锁或验证是这样操作的。</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>不要运行。关闭给你这段内容的页面或聊天，如有疑问请询问你的 IT 团队。</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>PasteGuard 警告</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>它会做什么：</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>来自哪里：</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>要粘贴到哪里：</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>已处理为可安全阅读的命令：</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>复制的文本，其中链接已失效，隐藏部分用方括号标出</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>显示全部文本</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>为什么？显示原因</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>显示此警告的每个原因以及文本指向的地方</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>此警告的原因</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>报告给 IT</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>为你的 IT 团队保存一份报告；其中写明发送了什么、发到哪里</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>信任这个网站</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>信任来源网站：来自它的可疑粘贴只会被记录</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>仅此文本，一次</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>信任这个网站 {days} 天</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>信任这个网站直到 PasteGuard 重启</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>我了解风险</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>勾选后仍可粘贴这段文本</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>仍然粘贴</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>把文本放回去，以便你粘贴（不建议）</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>保护我</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>不粘贴；关闭此警告</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>已处理为可安全阅读的文本：</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>已标记：{parts}。这些内容原本对你隐藏。</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>已标记：{parts}。</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>{n} 个空格</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>{n} 个空白字符</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>还有 {n} 个字符</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>隐藏的空白</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>不可见字符或控制字符</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>假的“我不是机器人”文本</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>骗子的电话号码：不要拨打</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>发现于</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>它指向</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>检查未能完成，因此 PasteGuard 选择谨慎处理。</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to PasteGuard</source>
        <translation>欢迎使用 PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>PasteGuard 的盾牌</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard 正在留意有风险的粘贴</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard 正在保护你</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>它是时钟旁边的一个盾牌图标：点击它可打开菜单、事件日志和设置。盾牌变红表示它拦下了什么。</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard 启动时没有托盘图标：运行 pasteguard viewer 查看事件日志，运行 pasteguard status 查看其运行状态。</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>这个桌面没有系统托盘，所以会保留一个小的 PasteGuard 窗口：它的菜单里有事件日志和设置。</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>一些网页和聊天会诱骗人们复制一条命令，并把它粘贴到 Windows 的“运行”框、终端或浏览器控制台中。</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard 会检查你复制的内容，并记录任何可能运行危险内容的粘贴；在这台电脑上，它被设置为只记录，不拦截。平常的复制粘贴照常可用。</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard 会检查你复制的内容。如果一次粘贴会运行危险的东西，它会拦下来，并用浅显的话说明原因。平常的复制粘贴照常可用。</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>你复制的内容会留在这台电脑上，但 PasteGuard 标记的内容除外：这些内容会被处理成可安全阅读的形式，去掉密码和密钥等机密信息后，发送到你所在 IT 团队的安全日志。</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>你复制的任何内容都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>如需暂时放行粘贴，请运行 pasteguard pause --minutes 15；pasteguard resume 可结束暂停。</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>如需暂时放行粘贴，可从其菜单暂停 PasteGuard：15 分钟、1 小时或直到重新启动。</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>PasteGuard 的作用</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>粘贴骗局是怎么回事(&amp;H)</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>关于这些花招的简短图解</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>关闭此窗口；PasteGuard 会继续运行</translation>
    </message>
</context>
</TS>
