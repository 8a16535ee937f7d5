<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>イベントの推移</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title}（集計中、新しい順：これまでに {all} 本中 {done} 本）</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>集計中：{when} より前の棒はまだ集計されていません。</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>この期間のイベントはありません。</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} 件のイベント。最も高い棒は {when} からの {most} 件です。</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>検出場所:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>デコードした層</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>書き込まれたバージョン（全 {count} 件）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>貼り付け先</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>イベント ID</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>テキスト (無害化済み、隠れた部分にマーク)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>イベント {id} ({kind}) が検出したテキスト (無害化済み)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>送信元</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>貼り付け先</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>すべてのレベル</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>悪質</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>不審以上</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>不審</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>訓練 (すべての結果)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>すべての貼り付け先</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>概要、テキスト、送信元、ルールを検索</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>期間(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>貼り付け先(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>この期間のイベントだけを表示</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>期間の始まり</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>期間の終わり</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>このレベルのイベントだけを表示</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>この種類のイベントだけを表示</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>この種類のウィンドウへの貼り付けだけを表示</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>テキストにこの言葉を含むイベントだけを表示</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>組織のポリシーでブロックしたテキストを戻すことは許可されていません。</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>ブロックしたテキストは PasteGuard の警告に表示されています: そちらで確認してください。</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>報告ありがとうございます</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>このコンピューターではセキュリティ訓練が行われていました。そのページのことなら訓練です。報告したのはまさに正しい行動です。</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>IT 宛てのメールを用意しました</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>どのページだったかを書いてから送信してください。</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>IT チームに伝えてください</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>{address} 宛てに、どのページだったかを書いて送ってください: このコンピューターではメールプログラムが開きませんでした。</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>どのページだったかを伝えてください: このコンピューターには報告先のアドレスが設定されていません。</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>PasteGuard について</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;コピー＆ペーストによる攻撃を止めます: 偽の CAPTCHA、FileFix、コンソール詐欺、偽のテクニカルサポート。</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>無効です。最後の有効なポリシーが適用されています</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>無効です。組み込みの設定が最も厳しい状態で適用されています</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>イベントログ: {data}
ポリシー: {policy} ({state})</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard メニュー</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護中</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>15 分間一時停止</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 時間一時停止</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>再起動まで一時停止</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>保護を再開</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>最後にブロックしたテキストを戻す</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>イベントログを開く</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>貼り付け詐欺のしくみ</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>不審なページを報告…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>PasteGuard について</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>PasteGuard を終了</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>再開または再起動まで一時停止中</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>{time} まで一時停止中</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>一部のみ動作中: {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>保護中: 危険なテキストはブロックされます</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>保護中: 危険な貼り付けは止めて説明します</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>監視のみ: 貼り付けは記録され、止められません</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>キーボードを監視できないため、貼り付けをその場で検知できません</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>中クリックによる貼り付けは監視されません</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>前面のウィンドウを確実には特定できません</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>イベントログを通常どおり書き込めません</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>イベントログが別のプログラムによって変更されました</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>ルールフォルダーが使用されていません</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>設定またはポリシーに問題があります</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>組織のリストの一部が使用されていません</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>クリップボードの保持機能が動作していません</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>クリップボードの読み取りが動作していません</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard が危険なコマンドをブロックしました</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard がクリップボードから危険なテキストを取り除きました</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} が起動しました</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>電話の相手や Web ページに起動するよう言われましたか? ご自身から電話したのでなければ、閉じて電話を切ってください。本物のサポートが先に電話してくることはありません。</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>元に戻すものはありません (期限切れの可能性があります)。</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>イベントログを今は読み取れません: {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>元に戻すには PasteGuard のメニューを使ってください。</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>{time} に危険な貼り付けを止めました</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>{time} に危険な貼り付けが通った可能性があります</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>偽の CAPTCHA (ClickFix)</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>ページに「私はロボットではありません」のチェックが出ます。クリックすると、こっそりコマンドがコピーされます。次に Win+R、Ctrl+V、Enter を押すよう求められます。押せば、攻撃者のプログラムを自分で実行することになります。空白で本当のコマンドが見えない所に押し出され、「ファイル名を指定して実行」には無害に見える「私はロボットではありません」の行だけが表示されます。</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>クリックや文字入力ではなく、キーを押すよう求めるウェブサイト</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>手順の中の Win+R、Win+X、Ctrl+V、「ターミナルを開く」</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>貼り付けるよう求められる「認証 ID」</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>本物の CAPTCHA がページの外でキーを押させることはありません。タブを閉じてください。</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>偽のファイルパス (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>ページが文書を用意したと言い、エクスプローラーを開いてアドレスバーをクリックし、その「パス」を貼り付けるよう求めます。コピーされたテキストはコマンドで始まり、コメント記号のあとにファイル名が続くので、アドレスバーでは普通のパスに見えます。</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>エクスプローラーや「開く」画面に何かを貼り付けさせようとするサイト</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>頼んでいない文書の「パスをコピー」ボタン</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>ファイルはブラウザーでダウンロードしてください。ウェブページが渡したパスは決して貼り付けないでください。</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>偽のテクニカルサポートと遠隔操作</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>大きな音のポップアップが、パソコンが感染した・ロックされたと告げ、電話番号を表示します。「技術者」は遠隔操作ツールを入れるか、コマンドを貼り付けるよう求めます。その後、あなたのパソコン、銀行、メールを乗っ取ります。</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>電話番号入りの警告。音が鳴ったり全画面だったりすることが多い</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>AnyDesk、TeamViewer、Quick Assist などを入れるよう頼む電話</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>急かす言葉: 「今すぐやらないと全部失います」</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>電話を切ってブラウザーを閉じてください (Alt+F4)。すでに知っている番号で IT チームに電話してください。遠隔操作ツールが起動すると PasteGuard がお知らせします。</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>ブラウザーのコンソールへの貼り付け (self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Discord や Roblox、SNS のメッセージが、F12 を押してコンソールにコードを貼り付ければ特典や認証がもらえると持ちかけます。そのコードはあなたとして動き、ログイントークンを詐欺師に送ります。するとアカウントは相手のものです。</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>F12、「コンソール」、「検証」などに触れた手順</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>無料の Nitro、Robux、スキン、または「アカウント認証」の特典</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>開発者ツールを閉じてください。特典もサポートも、あなたのコードを必要としません。</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>代わりにすること</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>どの手口も必要なのはただ一つ、あなたが貼り付けて Enter を押すことです。そこで止まれば十分です。実行しない限り、何も起きていません。</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>それを求めたページやチャットを閉じる</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>すでに知っている番号やアドレスで IT チームに相談する</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>PasteGuard の警告にある「IT に報告」を使えば、ほかの人も守れます</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>すでに何かを実行してしまったら: ネットワークから切断し、すぐに IT に電話してください。別の端末からパスワードを変更してください。</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>役に立つ 3 つのこと</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>手遅れの場合</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>見分け方</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>どうするか</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>偽の CAPTCHA ページが Win+R、Ctrl+V、Enter を押すよう求める</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>ブラウザーの開発者コンソールにコードを貼り付けるよう求めるメッセージ</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>エクスプローラーのアドレスバーに「ファイルパス」を貼り付けるよう求めるページ</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>代わりにすること: 止まる、ページを閉じる、IT に聞く</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>偽のウイルス警告、電話、遠隔操作ツール</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>私はロボットではありません</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>認証の手順:</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. 押す:</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. 押す:</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. 押す:</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>ボックスをクリックした時点で</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>コマンドがコピーされています。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>ファイル名を指定して実行</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># 私はロボットではありません - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>隠れていて見えない部分:</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…その後に空白 60 個</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>Nitro / Robux 無料! F12 を押して、</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>コンソールを開いて、これを貼って</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>Enter で受け取ろう!</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>注意: 理解できないコードは貼り付けないでください。</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>詐欺師はこれでアカウントを乗っ取ります。</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>ログイントークンを詐欺師に送る</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>あなたのアカウントの鍵</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>ファイルの準備ができました</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>開き方:</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. エクスプローラーを開く</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. アドレスバーをクリック</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. パスを貼り付けて Enter</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>エクスプローラー</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>欄に本当に入っているもの:</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>「パス」なのに</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>始まりは</translation>
    </message>
    <message>
        <source>command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Enter の前で止まる</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>ページを閉じる</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>本物のサイトは、Windows や</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>コマンドを貼り付けさせません。</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>信頼できる人に聞く</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>IT チームに、すでに知っている</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>番号で相談。ページの番号は使わない。</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>報告する</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>警告の「IT に報告」は</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>詳細を保存し、ほかの人も守ります。</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>もう貼り付けて実行してしまった?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>ネットから切断して IT に電話。</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>ウイルスを検出</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>このパソコンはロックされました。</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>今すぐ「サポート」に電話:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>着信</translation>
    </message>
    <message>
        <source>call</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>「このアプリを入れて、</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>貼り付けてください。直します」</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>本物のサポートから先に電話は来ません。</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>遠隔操作 = 乗っ取られるのは</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>パソコンとアカウントです。</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>怖いポップアップでパソコンはロックされません。</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>ブラウザーを閉じて (Alt+F4)、自分の IT チームに電話してください。</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>貼り付け詐欺のしくみ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>ページを選んでください</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>次のページ</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>{name}の項目。選んで Delete を押すと削除します</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>{name}の新しい項目</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>項目を入力し、Enter で追加します</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>{name}に追加</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>入力した項目を一覧に追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>{name}から削除</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>選択した項目を削除します</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>「安全を守る」が選ばれました。</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>正しい判断です。何も貼り付けられていません。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>組織のポリシーで許可されていません。</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>テキストはもうありません。もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>ブロックしたテキストをクリップボードに戻しました。</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>ブロックしたテキストをクリップボードに戻しました。</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>「それでも貼り付ける」が選ばれました。</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>テキストはクリップボードにあります: 使うにはもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>ここからはこのサイトを信頼できません。</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>{what} が信頼されました。</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>このテキストを 1 回</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>このテキストを 1 回だけ通します: もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} を PasteGuard の再起動まで信頼します: もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} を {days} 日間信頼します: もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>報告を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>{address} 宛てのメールをメールソフトで開きました: 送信を押してください。</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>IT チームのセキュリティログにも記録されます。</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>何も送信されていません: IT チームに見せるか、何があったかを伝えてください。</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>報告はこのコンピューターに保存されています: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>PasteGuard の設定</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>ブロック: クリップボードの危険なテキストを無害化し、危険な貼り付けを止める</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>警告: 危険な貼り付けを止めて説明する。クリップボードは変えない</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>監視: 記録だけする</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>通知を表示</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>信頼するサイト</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>信頼するインストーラー</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>サインイン時に PasteGuard を起動</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>このコンピューターと同じ</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>PasteGuard が危険なテキストをどう扱うか</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>PasteGuard が何かをブロックしたら通知する</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>これより古いイベントは完全に削除されます</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>PasteGuard のウィンドウの言語</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>このコンピューターにサインインしたら PasteGuard を自動で起動する</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>保護(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>通知(&amp;N):</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>信頼するサイト(&amp;S):</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>これらのサイトからの不審なテキストは記録だけします。危険なテキストは常に止めます。</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>信頼するインストーラー(&amp;I):</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>これらの https アドレスからスクリプトを取得するインストールコマンドは警告されません。</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>イベントログの保存期間(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>設定を保存して閉じる</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>何も変えずに閉じる</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>信頼の期限</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>警告から信頼したサイトはありません。</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>一時的に信頼(&amp;W):</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>一時的に信頼しているサイト</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>警告から信頼したサイトです。これらのサイト(とそのサブドメイン)からの不審なテキストは表示の日時まで通します。危険なテキストは常に止めます。「取り消す」で信頼はすぐに終わります。</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} とその下のすべてのアドレス</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>{site} への信頼を取り消す</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>{site} を今すぐ信頼しないようにします。そのテキストは再び判定されます</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>PasteGuard の再起動まで</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>自動起動(&amp;A):</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>インストーラーに含まれます: インストールした PasteGuard はサインイン時に起動します。</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>ロック中: {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>自動起動を変更できませんでした: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>設定を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>組織のポリシーがこれらを設定するようになったため、変更されませんでした: {keys}</translation>
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
        <translation>PasteGuard の状態</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard メニュー</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>一時停止、再開、ブロックしたテキストの復元、設定、ヘルプ</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>イベントログを開く</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>PasteGuard が見たこととしたこと</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護中</translation>
    </message>
    <message>
        <source>PasteGuard: {state}</source>
        <translation>PasteGuard: {state}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Put it back</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>ブロックしたテキストをクリップボードに戻す</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>この通知を閉じる</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>PasteGuard イベントログ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>新しい順。選ぶと全体が表示されます</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>このイベントについてログにあるすべての情報</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>表示中のイベントをエクスポート</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>選択項目を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>ログを読み直す</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>表示中のイベントを CSV、JSON Lines、ECS で保存</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>選択したイベントを完全に削除</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>イベントを選ぶと全体が表示されます。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>組織のポリシーでイベントの削除は許可されていません</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>イベントログを読めません: {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} 件のイベントが該当</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>{n} 件を超えるイベントが一致</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>5 分ごとのイベント ({first}〜{last})</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>時間ごとのイベント ({first}〜{last})</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>日ごとのイベント ({first}〜{last})</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>週ごとのイベント ({first}〜{last})</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>イベントのエクスポート</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>表示中のイベントを {path} にエクスポートしています… (このウィンドウを閉じると中止します)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>エクスポートできませんでした: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} 件のイベントを {path} にエクスポートしました</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>イベントを削除</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>{n} 件のイベントを完全に削除しますか? 元に戻せません。</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>削除できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>{n} 件のイベントを削除しました</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>ウェブページ</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>別のサイト</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>パソコンに害を与える</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>見た目以上のことをする</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>これは詐欺です</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin}がクリップボードに、電話番号に電話するよう求めるテキストを入れました</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>クリップボードのテキストは電話番号に電話するよう求めています</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>貼り付けないでください</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>まず確認してください</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin}がクリップボードにコードを入れました。実行すると次のことが起こります: {action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>クリップボードのコードは次のことをします: {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin}がサインインアドレスの貼り付けを求めています。次のことが起こります: {action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>クリップボードのサインインアドレスは次のことをします: {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin}がクリップボードにコマンドを入れました。実行すると次のことが起こります: {action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>クリップボードのコマンドは次のことをします: {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin}がクリップボードにテキストを入れました。次のことが起こる可能性があります: {action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>クリップボードのテキストは次のことをする可能性があります: {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>電話番号に電話するよう求めています。出るのは詐欺師です。</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>次のことをする可能性があります: {action} ({host} から)。</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>次のことをする可能性があります: {action}。</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>不明 (プログラムもページも示していません)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>「ファイル名を指定して実行」(Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>エクスプローラーのアドレスバー</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>ブラウザーの開発者コンソール</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>PasteGuard が識別できなかったウィンドウ</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard は、どこにも貼り付けられる前にこれをクリップボードから取り除きました。何も実行されていません。</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard が貼り付けを止めました。何も実行されていません。</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard はこの貼り付けを止められませんでした: テキストはすでに入っているかもしれません。Enter を押さず、行を消すかウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>どこにも貼り付けないでください。このアドレスに含まれるコードを手に入れた人は、あなたのアカウントに入れます。本物のサインインで、それをページに貼り戻すよう求められることはありません。</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>その番号に電話しないでください。本物の会社や銀行、サポートが電話番号をクリップボードに入れることはありません。ページを閉じてください。すでに電話した場合は切って、IT チームに知らせてください。</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>貼り付け先のウィンドウと、それを求めたウェブページを閉じてください。本物のウェブサイトや CAPTCHA、サポートが Windows にコマンドを貼り付けさせることはありません。</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>コンソールを閉じてください。そこにコードを貼らせようとする人はあなたのアカウントを狙っています。特典もロック解除も認証も、そういう仕組みではありません。</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>実行しないでください。これを渡したページやチャットを閉じ、迷ったら IT チームに相談してください。</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>PasteGuard の警告</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>何をするか:</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>どこから来たか:</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>どこへ行くところだったか:</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>安全に読めるようにしたコマンド:</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>リンクを無効化し、隠れた部分を角かっこで示したコピーしたテキスト</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>テキスト全体を表示</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>なぜ?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>なぜ? 理由を表示</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>この警告の理由と、テキストが指す先をすべて表示します</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>この警告の理由</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>IT に報告</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>IT チーム向けの報告を保存します。何をどこに送ったかが書かれます</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>このサイトを信頼</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>送信元のサイトを信頼する: そのサイトからの不審な貼り付けは記録だけになります</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>このテキストだけ、1 回</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>このサイトを {days} 日間</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>このサイトを PasteGuard の再起動まで</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>危険を理解しました</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>チェックすると、それでもテキストを貼り付けられます</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>それでも貼り付ける</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>貼り付けられるようにテキストを戻す (おすすめしません)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>安全を守る</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>貼り付けずに、この警告を閉じる</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>安全に読めるようにしたテキスト:</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>マーク: {parts}。あなたから隠されていた部分です。</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>マーク: {parts}。</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>空白 {n} 個</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>空白文字 {n} 個</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>あと {n} 文字</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>隠された空白</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>見えない文字や制御文字</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>偽の「私はロボットではありません」テキスト</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>詐欺師の電話番号: かけないでください</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>検出場所:</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>指している先</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>確認を最後まで終えられなかったため、PasteGuard は用心しています。</translation>
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
        <translation>PasteGuard へようこそ</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>PasteGuard の盾</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard は危険な貼り付けを見張っています</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard があなたを守っています</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>時計の近くの盾のアイコンが目印です。クリックするとメニュー、イベントログ、設定が開きます。盾が赤いときは、何かを止めたしるしです。</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard はトレイアイコンなしで起動されました。イベントログは pasteguard viewer、動作状況は pasteguard status で確認できます。</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>このデスクトップには通知領域がないため、小さな PasteGuard ウィンドウが開いたままになります。そのメニューからイベントログと設定を開けます。</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>一部のウェブページやチャットは、コマンドをコピーさせ、Windows の「ファイル名を指定して実行」、ターミナル、ブラウザーのコンソールに貼り付けさせようとします。</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard はコピーした内容を確認し、危険なものを実行しうる貼り付けを記録します。このパソコンでは記録するだけの設定で、貼り付けを止めることはありません。普段のコピーと貼り付けはこれまでどおり使えます。</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard はコピーした内容を確認します。貼り付けると危険なものが実行される場合は止めて、その理由をわかりやすく説明します。普段のコピーと貼り付けはこれまでどおり使えます。</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>コピーした内容はこのパソコンに残りますが、PasteGuard が検出したものは例外です。それは安全に読める形にし、パスワードや鍵などの秘密を取り除いたうえで、IT チームのセキュリティログに送られます。</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>コピーした内容がこのパソコンの外に出ることはありません。</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>しばらく貼り付けを通すには、pasteguard pause --minutes 15 を実行します。pasteguard resume で一時停止を終了できます。</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>しばらく貼り付けを通すには、メニューから PasteGuard を一時停止します (15 分、1 時間、または再起動まで)。</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>PasteGuard の役割</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>貼り付け詐欺のしくみ(&amp;H)</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>手口を絵で説明する短いページ</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>このウィンドウを閉じる (PasteGuard は動き続けます)</translation>
    </message>
</context>
</TS>
