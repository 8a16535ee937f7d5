<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>DayChart</name>
    <message>
        <source>Events over time</source>
        <translation>Zaman içindeki olaylar</translation>
    </message>
    <message>
        <source>{title} (counting, newest first: {done} of {all} bars so far)</source>
        <translation>{title} (sayılıyor, en yeniler önce: şimdilik {all} çubuktan {done} tanesi)</translation>
    </message>
    <message>
        <source>Still counting: the bars before {when} are not counted yet.</source>
        <translation>Sayım sürüyor: {when} öncesindeki çubuklar henüz sayılmadı.</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>Bu dönemde olay yok.</translation>
    </message>
    <message>
        <source>{n} events; the busiest bar starts {when} with {most}.</source>
        <translation>{n} olay; en yüksek çubuk {when} zamanında başlıyor, {most} olay.</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>seen in</source>
        <translation>bulunduğu yer:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bulgular</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Göstergeler</translation>
    </message>
    <message>
        <source>Decoded layers</source>
        <translation>Çözülen katmanlar</translation>
    </message>
    <message>
        <source>Versions written ({count} in all)</source>
        <translation>Yazılan sürümler (toplam {count})</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Kurallar</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Bilgisayar</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Olay kimliği</translation>
    </message>
    <message>
        <source>The text (defanged, hidden parts marked)</source>
        <translation>Metin (etkisizleştirilmiş, gizli kısımlar işaretli)</translation>
    </message>
    <message>
        <source>The text, as event {id} ({kind}) flagged it (defanged)</source>
        <translation>{id} numaralı olayın ({kind}) işaretlediği metin (etkisizleştirilmiş)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All time</source>
        <translation>Tüm zamanlar</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Son bir saat</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Son 24 saat</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Son 30 gün</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Özel aralık</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Tüm düzeyler</translation>
    </message>
    <message>
        <source>Malicious</source>
        <translation>Kötü amaçlı</translation>
    </message>
    <message>
        <source>Suspicious or worse</source>
        <translation>Şüpheli veya daha kötü</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Şüpheli</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Temiz</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tüm türler</translation>
    </message>
    <message>
        <source>Lure drills (every outcome)</source>
        <translation>Tatbikatlar (tüm sonuçlar)</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Tüm hedefler</translation>
    </message>
    <message>
        <source>Search summary, text, source, rules</source>
        <translation>Özet, metin, kaynak, kurallarda ara</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Ne zaman:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Düzey:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Hedef:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <source>Show only events from this time</source>
        <translation>Yalnızca bu zamandaki olayları göster</translation>
    </message>
    <message>
        <source>The start of the time range</source>
        <translation>Aralığın başı</translation>
    </message>
    <message>
        <source>The end of the time range</source>
        <translation>Aralığın sonu</translation>
    </message>
    <message>
        <source>Show only events of this level</source>
        <translation>Yalnızca bu düzeydeki olayları göster</translation>
    </message>
    <message>
        <source>Show only events of this kind</source>
        <translation>Yalnızca bu türdeki olayları göster</translation>
    </message>
    <message>
        <source>Show only pastes into this kind of window</source>
        <translation>Yalnızca bu tür pencereye yapıştırmaları göster</translation>
    </message>
    <message>
        <source>Show only events whose text contains these words</source>
        <translation>Yalnızca metni bu sözcükleri içeren olayları göster</translation>
    </message>
</context>
<context>
    <name>GuardApp</name>
    <message>
        <source>Your organisation&apos;s policy does not allow putting blocked text back.</source>
        <translation>Kuruluşunuzun ilkesi engellenen metnin geri konmasına izin vermiyor.</translation>
    </message>
    <message>
        <source>The blocked text is shown in the PasteGuard warning: confirm there.</source>
        <translation>Engellenen metin PasteGuard uyarısında gösteriliyor: orada onaylayın.</translation>
    </message>
    <message>
        <source>Thank you for reporting it</source>
        <translation>Bildirdiğiniz için teşekkürler</translation>
    </message>
    <message>
        <source>A security drill was running on this computer: if that is the page you mean, it was the drill, and reporting it was exactly right.</source>
        <translation>Bu bilgisayarda bir güvenlik tatbikatı çalışıyordu: kastettiğiniz sayfa buysa o tatbikattı ve bildirmeniz tam da doğru olandı.</translation>
    </message>
    <message>
        <source>A mail to IT is ready</source>
        <translation>BT&apos;ye bir e-posta hazır</translation>
    </message>
    <message>
        <source>Say which page it was, then send it.</source>
        <translation>Hangi sayfa olduğunu yazıp gönderin.</translation>
    </message>
    <message>
        <source>Tell your IT team</source>
        <translation>BT ekibinize söyleyin</translation>
    </message>
    <message>
        <source>Write to {address} and say which page it was: no mail program opened on this computer.</source>
        <translation>{address} adresine yazın ve hangi sayfa olduğunu söyleyin: bu bilgisayarda hiçbir e-posta programı açılmadı.</translation>
    </message>
    <message>
        <source>Tell them which page it was: no report address is set on this computer.</source>
        <translation>Hangi sayfa olduğunu söyleyin: bu bilgisayarda bildirim adresi ayarlanmamış.</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>PasteGuard hakkında</translation>
    </message>
    <message>
        <source>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Stops copy-and-paste attacks: fake CAPTCHAs, FileFix, console scams and fake tech support.</source>
        <translation>&lt;b&gt;PasteGuard {version}&lt;/b&gt;&lt;br/&gt;Kopyala-yapıştır saldırılarını durdurur: sahte CAPTCHA&apos;lar, FileFix, konsol dolandırıcılığı ve sahte teknik destek.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>bulunamadı</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>uygulandı</translation>
    </message>
    <message>
        <source>invalid; the last valid one applies</source>
        <translation>geçersiz; son geçerli olan uygulanıyor</translation>
    </message>
    <message>
        <source>invalid; the built-in settings apply at their strictest</source>
        <translation>geçersiz; yerleşik ayarlar en sıkı hâliyle uygulanıyor</translation>
    </message>
    <message>
        <source>Event log: {data}
Policy: {policy} ({state})</source>
        <translation>Olay kaydı: {data}
İlke: {policy} ({state})</translation>
    </message>
</context>
<context>
    <name>GuardTray</name>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard menüsü</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Korunuyor</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>15 dakika duraklat</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 saat duraklat</translation>
    </message>
    <message>
        <source>Pause until restart</source>
        <translation>Yeniden başlatılana kadar duraklat</translation>
    </message>
    <message>
        <source>Resume protection</source>
        <translation>Korumayı sürdür</translation>
    </message>
    <message>
        <source>Restore the last blocked text</source>
        <translation>Son engellenen metni geri getir</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Olay kaydını aç</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ayarlar…</translation>
    </message>
    <message>
        <source>How paste scams work</source>
        <translation>Yapıştırma dolandırıcılığı nasıl işler</translation>
    </message>
    <message>
        <source>Report a suspicious page…</source>
        <translation>Şüpheli bir sayfayı bildir…</translation>
    </message>
    <message>
        <source>About PasteGuard</source>
        <translation>PasteGuard hakkında</translation>
    </message>
    <message>
        <source>Quit PasteGuard</source>
        <translation>PasteGuard&apos;dan çık</translation>
    </message>
    <message>
        <source>Paused until you resume or restart</source>
        <translation>Siz sürdürene veya yeniden başlatana kadar duraklatıldı</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>{time} saatine kadar duraklatıldı</translation>
    </message>
    <message>
        <source>Partly working: {reason}</source>
        <translation>Kısmen çalışıyor: {reason}</translation>
    </message>
    <message>
        <source>Protected: dangerous text is blocked</source>
        <translation>Korunuyor: tehlikeli metin engelleniyor</translation>
    </message>
    <message>
        <source>Protected: risky pastes are stopped and explained</source>
        <translation>Korunuyor: riskli yapıştırmalar durduruluyor ve açıklanıyor</translation>
    </message>
    <message>
        <source>Watching only: pastes are logged, not stopped</source>
        <translation>Yalnızca izleniyor: yapıştırmalar kaydediliyor, durdurulmuyor</translation>
    </message>
    <message>
        <source>the keyboard is not watched, so pastes are not seen as they happen</source>
        <translation>klavye izlenmiyor, bu yüzden yapıştırmalar anında görülmüyor</translation>
    </message>
    <message>
        <source>middle-click pastes are not watched</source>
        <translation>orta tıkla yapıştırmalar izlenmiyor</translation>
    </message>
    <message>
        <source>the window in front is not known for certain</source>
        <translation>öndeki pencere kesin olarak bilinmiyor</translation>
    </message>
    <message>
        <source>the event log cannot be written as usual</source>
        <translation>olay günlüğü her zamanki gibi yazılamıyor</translation>
    </message>
    <message>
        <source>the event log was changed by another program</source>
        <translation>olay günlüğü başka bir program tarafından değiştirildi</translation>
    </message>
    <message>
        <source>a rules folder is not used</source>
        <translation>bir kural klasörü kullanılmıyor</translation>
    </message>
    <message>
        <source>the settings or the policy have a problem</source>
        <translation>ayarlarda veya ilkede bir sorun var</translation>
    </message>
    <message>
        <source>your organisation&apos;s lists are not all in use</source>
        <translation>kuruluşunuzun listelerinin hepsi kullanımda değil</translation>
    </message>
    <message>
        <source>the clipboard holder does not work</source>
        <translation>pano tutucu çalışmıyor</translation>
    </message>
    <message>
        <source>the clipboard reader does not work</source>
        <translation>pano okunamıyor</translation>
    </message>
    <message>
        <source>PasteGuard</source>
        <translation>PasteGuard</translation>
    </message>
    <message>
        <source>PasteGuard blocked a dangerous command</source>
        <translation>PasteGuard tehlikeli bir komutu engelledi</translation>
    </message>
    <message>
        <source>PasteGuard took a dangerous text off your clipboard</source>
        <translation>PasteGuard panonuzdan tehlikeli bir metni kaldırdı</translation>
    </message>
    <message>
        <source>{tool} just started</source>
        <translation>{tool} az önce başladı</translation>
    </message>
    <message>
        <source>Did someone on the phone or a web page ask you to start it? If you did not call them yourself, close it and hang up: real support never calls first.</source>
        <translation>Telefondaki biri veya bir web sayfası bunu başlatmanızı mı istedi? Onları siz aramadıysanız programı kapatın ve telefonu kapatın: gerçek destek asla önce aramaz.</translation>
    </message>
    <message>
        <source>Nothing to restore (it may have expired).</source>
        <translation>Geri konacak bir şey yok (süresi dolmuş olabilir).</translation>
    </message>
    <message>
        <source>The event log cannot be read now: {reason}</source>
        <translation>Olay günlüğü şu anda okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>To put it back, use the PasteGuard menu.</source>
        <translation>Geri koymak için PasteGuard menüsünü kullanın.</translation>
    </message>
    <message>
        <source>Stopped a risky paste at {time}</source>
        <translation>Riskli yapıştırma {time} saatinde durduruldu</translation>
    </message>
    <message>
        <source>A risky paste may have gone through at {time}</source>
        <translation>Riskli bir yapıştırma {time} saatinde geçmiş olabilir</translation>
    </message>
</context>
<context>
    <name>Learn</name>
    <message>
        <source>Fake CAPTCHA (ClickFix)</source>
        <translation>Sahte CAPTCHA (ClickFix)</translation>
    </message>
    <message>
        <source>A page shows an &quot;I&apos;m not a robot&quot; check. Clicking it quietly copies a command. The page then asks you to press Win+R, Ctrl+V and Enter: you would run the attacker&apos;s program yourself. Spaces push the real command out of view, so the Run box only shows a harmless-looking &quot;I am not a robot&quot; line.</source>
        <translation>Bir sayfa &quot;Ben robot değilim&quot; kutusu gösterir. Kutuya tıklamak gizlice bir komut kopyalar. Sonra sayfa Win+R, Ctrl+V ve Enter&apos;a basmanızı ister: saldırganın programını kendiniz çalıştırmış olursunuz. Boşluklar asıl komutu görünmez yere iter, Çalıştır kutusunda yalnızca zararsız görünen &quot;Ben robot değilim&quot; satırı kalır.</translation>
    </message>
    <message>
        <source>A website asks you to press keys rather than click or type letters</source>
        <translation>Bir web sitesi tıklamak ya da harf yazmak yerine tuşlara basmanızı istiyor</translation>
    </message>
    <message>
        <source>Win+R, Win+X, Ctrl+V, or &quot;open Terminal&quot; in the instructions</source>
        <translation>Talimatlarda Win+R, Win+X, Ctrl+V veya &quot;Terminal&apos;i açın&quot;</translation>
    </message>
    <message>
        <source>A &quot;verification ID&quot; you are supposed to paste</source>
        <translation>Yapıştırmanız istenen bir &quot;doğrulama kimliği&quot;</translation>
    </message>
    <message>
        <source>Real CAPTCHAs never ask you to press keys outside the page. Close the tab.</source>
        <translation>Gerçek CAPTCHA&apos;lar sayfa dışında tuşlara basmanızı asla istemez. Sekmeyi kapatın.</translation>
    </message>
    <message>
        <source>Fake file paths (FileFix)</source>
        <translation>Sahte dosya yolları (FileFix)</translation>
    </message>
    <message>
        <source>A page offers a document and asks you to open File Explorer, click the address bar and paste its &quot;path&quot;. The copied text starts with a command and ends with a file name after a comment mark, so the bar looks like an ordinary path.</source>
        <translation>Bir sayfa bir belge sunar ve Dosya Gezgini&apos;ni açıp adres çubuğuna tıklamanızı ve &quot;yolunu&quot; yapıştırmanızı ister. Kopyalanan metin bir komutla başlar ve bir açıklama işaretinden sonra bir dosya adıyla biter; böylece çubuk sıradan bir yol gibi görünür.</translation>
    </message>
    <message>
        <source>A site wants you to paste something into File Explorer or an Open dialog</source>
        <translation>Bir site Dosya Gezgini&apos;ne veya bir Aç penceresine bir şey yapıştırmanızı istiyor</translation>
    </message>
    <message>
        <source>&quot;Copy path&quot; buttons for documents you did not ask for</source>
        <translation>İstemediğiniz belgeler için &quot;Yolu kopyala&quot; düğmeleri</translation>
    </message>
    <message>
        <source>Download files with the browser. Never paste a path a web page gave you.</source>
        <translation>Dosyaları tarayıcıyla indirin. Bir web sayfasının verdiği yolu asla yapıştırmayın.</translation>
    </message>
    <message>
        <source>Fake tech support and remote access</source>
        <translation>Sahte teknik destek ve uzaktan erişim</translation>
    </message>
    <message>
        <source>A loud pop-up says your computer is infected or locked and shows a phone number. The &quot;technician&quot; asks you to install a remote-access tool or paste a command. Then they control your computer, your bank and your mail.</source>
        <translation>Gürültülü bir pencere bilgisayarınıza virüs bulaştığını veya kilitlendiğini söyler ve bir telefon numarası gösterir. &quot;Teknisyen&quot; bir uzaktan erişim aracı kurmanızı ya da bir komut yapıştırmanızı ister. Sonra bilgisayarınızı, bankanızı ve e-postanızı o yönetir.</translation>
    </message>
    <message>
        <source>A warning with a phone number, often with sound and full screen</source>
        <translation>Telefon numaralı bir uyarı, çoğu zaman sesli ve tam ekran</translation>
    </message>
    <message>
        <source>A caller who asks you to install AnyDesk, TeamViewer, Quick Assist or similar</source>
        <translation>AnyDesk, TeamViewer, Quick Assist veya benzerini kurmanızı isteyen biri</translation>
    </message>
    <message>
        <source>Pressure: &quot;do it now, or you lose everything&quot;</source>
        <translation>Baskı: &quot;hemen yapın, yoksa her şeyi kaybedersiniz&quot;</translation>
    </message>
    <message>
        <source>Hang up and close the browser (Alt+F4). Call your IT team on a number you already know. PasteGuard tells you when a remote-access tool starts.</source>
        <translation>Telefonu kapatın ve tarayıcıyı kapatın (Alt+F4). BT ekibinizi zaten bildiğiniz bir numaradan arayın. PasteGuard bir uzaktan erişim aracı başladığında size haber verir.</translation>
    </message>
    <message>
        <source>Pasting into the browser console (self-XSS)</source>
        <translation>Tarayıcı konsoluna yapıştırma (self-XSS)</translation>
    </message>
    <message>
        <source>A message on Discord, Roblox or social media promises free items or a verification if you press F12 and paste some code into the console. The code runs as you: it sends your login token to the scammer, who then owns your account.</source>
        <translation>Discord, Roblox veya sosyal medyada bir mesaj, F12&apos;ye basıp konsola kod yapıştırırsanız hediye ya da doğrulama vaat eder. Kod sizin adınıza çalışır: oturum anahtarınızı dolandırıcıya gönderir ve hesabınız onun olur.</translation>
    </message>
    <message>
        <source>Instructions that mention F12, &quot;Console&quot; or &quot;Inspect&quot;</source>
        <translation>F12, &quot;Konsol&quot; veya &quot;İncele&quot; geçen talimatlar</translation>
    </message>
    <message>
        <source>Free Nitro, Robux, skins or a &quot;verify your account&quot; prize</source>
        <translation>Bedava Nitro, Robux, kostüm ya da &quot;hesabını doğrula&quot; ödülü</translation>
    </message>
    <message>
        <source>Close the developer tools. No prize or support team needs code from you.</source>
        <translation>Geliştirici araçlarını kapatın. Hiçbir ödül ya da destek ekibi sizden kod istemez.</translation>
    </message>
    <message>
        <source>What to do instead</source>
        <translation>Bunun yerine ne yapmalı</translation>
    </message>
    <message>
        <source>Every one of these tricks needs one thing: that you paste and press Enter. Stopping there is enough. Nothing has happened until you run it.</source>
        <translation>Bu hilelerin hepsi tek bir şeye ihtiyaç duyar: yapıştırıp Enter&apos;a basmanız. Orada durmanız yeterli. Siz çalıştırmadıkça hiçbir şey olmaz.</translation>
    </message>
    <message>
        <source>Close the page or chat that asked you</source>
        <translation>Bunu isteyen sayfayı veya sohbeti kapatın</translation>
    </message>
    <message>
        <source>Ask your IT team, using a number or address you already know</source>
        <translation>BT ekibinize, zaten bildiğiniz bir numara ya da adres üzerinden sorun</translation>
    </message>
    <message>
        <source>Use &quot;Report to IT&quot; in PasteGuard&apos;s warning so others are protected too</source>
        <translation>Başkaları da korunsun diye PasteGuard uyarısındaki &quot;BT&apos;ye bildir&quot;i kullanın</translation>
    </message>
    <message>
        <source>If you already ran something: disconnect from the network and call IT at once. Change your passwords from another device.</source>
        <translation>Bir şey çalıştırdıysanız: ağ bağlantısını kesin ve hemen BT&apos;yi arayın. Parolalarınızı başka bir cihazdan değiştirin.</translation>
    </message>
    <message>
        <source>Three things that help</source>
        <translation>İşe yarayan üç şey</translation>
    </message>
    <message>
        <source>If it is too late</source>
        <translation>Çok geç kaldıysanız</translation>
    </message>
    <message>
        <source>How to recognise it</source>
        <translation>Nasıl anlaşılır</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ne yapmalı</translation>
    </message>
</context>
<context>
    <name>LearnDrawing</name>
    <message>
        <source>A fake CAPTCHA page asks you to press Win+R, Ctrl+V and Enter</source>
        <translation>Sahte bir CAPTCHA sayfası Win+R, Ctrl+V ve Enter&apos;a basmanızı istiyor</translation>
    </message>
    <message>
        <source>A message asks you to paste code into the browser&apos;s developer console</source>
        <translation>Bir mesaj, tarayıcının geliştirici konsoluna kod yapıştırmanızı istiyor</translation>
    </message>
    <message>
        <source>A page asks you to paste a &quot;file path&quot; into File Explorer&apos;s address bar</source>
        <translation>Bir sayfa, Dosya Gezgini&apos;nin adres çubuğuna bir &quot;dosya yolu&quot; yapıştırmanızı istiyor</translation>
    </message>
    <message>
        <source>What to do instead: stop, close the page, ask IT</source>
        <translation>Bunun yerine ne yapmalı: durun, sayfayı kapatın, BT&apos;ye sorun</translation>
    </message>
    <message>
        <source>A fake virus alert, a phone call, and a remote-access tool</source>
        <translation>Sahte bir virüs uyarısı, bir telefon araması ve bir uzaktan erişim aracı</translation>
    </message>
    <message>
        <source>I&apos;m not a robot</source>
        <translation>Ben robot değilim</translation>
    </message>
    <message>
        <source>Verification steps:</source>
        <translation>Doğrulama adımları:</translation>
    </message>
    <message>
        <source>1. Press</source>
        <translation>1. Basın:</translation>
    </message>
    <message>
        <source>2. Press</source>
        <translation>2. Basın:</translation>
    </message>
    <message>
        <source>3. Press</source>
        <translation>3. Basın:</translation>
    </message>
    <message>
        <source>The click on the box already put a</source>
        <translation>Kutuya tıklamak panonuza zaten</translation>
    </message>
    <message>
        <source>command on your clipboard.</source>
        <translation>bir komut koydu.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalıştır</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Aç:</translation>
    </message>
    <message>
        <source># I am not a robot - ID 4721</source>
        <translation># Ben robot değilim - ID 4721</translation>
    </message>
    <message>
        <source>Hidden, out of view:</source>
        <translation>Gizli, görünmeyen kısım:</translation>
    </message>
    <message>
        <source>…followed by 60 spaces</source>
        <translation>…ardından 60 boşluk</translation>
    </message>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>Free Nitro / Robux! Press F12,</source>
        <translation>Bedava Nitro / Robux! F12&apos;ye bas,</translation>
    </message>
    <message>
        <source>open Console, paste this and</source>
        <translation>Konsol&apos;u aç, bunu yapıştır ve</translation>
    </message>
    <message>
        <source>press Enter to claim!</source>
        <translation>almak için Enter&apos;a bas!</translation>
    </message>
    <message>
        <source>Warning: don&apos;t paste code you don&apos;t understand.</source>
        <translation>Uyarı: anlamadığınız kodu yapıştırmayın.</translation>
    </message>
    <message>
        <source>Scammers use this to take over your account.</source>
        <translation>Dolandırıcılar bununla hesabınızı ele geçirir.</translation>
    </message>
    <message>
        <source>Sends your login token to the scammer</source>
        <translation>Oturum anahtarınızı dolandırıcıya gönderir</translation>
    </message>
    <message>
        <source>Your account&apos;s key</source>
        <translation>Hesabınızın anahtarı</translation>
    </message>
    <message>
        <source>Your file is ready</source>
        <translation>Dosyanız hazır</translation>
    </message>
    <message>
        <source>To open it:</source>
        <translation>Açmak için:</translation>
    </message>
    <message>
        <source>1. Open File Explorer</source>
        <translation>1. Dosya Gezgini&apos;ni açın</translation>
    </message>
    <message>
        <source>2. Click the address bar</source>
        <translation>2. Adres çubuğuna tıklayın</translation>
    </message>
    <message>
        <source>3. Paste the path, press Enter</source>
        <translation>3. Yolu yapıştırıp Enter&apos;a basın</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Yolu kopyala</translation>
    </message>
    <message>
        <source>File Explorer</source>
        <translation>Dosya Gezgini</translation>
    </message>
    <message>
        <source>What the box really holds:</source>
        <translation>Kutuda gerçekte olan:</translation>
    </message>
    <message>
        <source>A &quot;path&quot; that</source>
        <translation>Bir komutla</translation>
    </message>
    <message>
        <source>starts with a</source>
        <translation>başlayan</translation>
    </message>
    <message>
        <source>command</source>
        <translation>bir &quot;yol&quot;</translation>
    </message>
    <message>
        <source>Stop before Enter</source>
        <translation>Enter&apos;dan önce durun</translation>
    </message>
    <message>
        <source>Close the page</source>
        <translation>Sayfayı kapatın</translation>
    </message>
    <message>
        <source>No real site needs you to paste</source>
        <translation>Hiçbir gerçek site Windows&apos;a</translation>
    </message>
    <message>
        <source>commands into Windows or a terminal.</source>
        <translation>komut yapıştırmanızı istemez.</translation>
    </message>
    <message>
        <source>Ask someone you trust</source>
        <translation>Güvendiğiniz birine sorun</translation>
    </message>
    <message>
        <source>Your IT team, using a number you</source>
        <translation>BT ekibinize, zaten bildiğiniz</translation>
    </message>
    <message>
        <source>already know, not one on the page.</source>
        <translation>bir numaradan; sayfadakinden değil.</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Bildirin</translation>
    </message>
    <message>
        <source>&quot;Report to IT&quot; in the warning saves</source>
        <translation>Uyarıdaki &quot;BT&apos;ye bildir&quot;</translation>
    </message>
    <message>
        <source>the details so others are protected too.</source>
        <translation>ayrıntıları kaydeder, başkaları korunur.</translation>
    </message>
    <message>
        <source>Pasted and ran it already?</source>
        <translation>Yapıştırıp çalıştırdınız mı?</translation>
    </message>
    <message>
        <source>Disconnect from the network, call IT.</source>
        <translation>Ağ bağlantısını kesin, BT&apos;yi arayın.</translation>
    </message>
    <message>
        <source>VIRUS DETECTED</source>
        <translation>VİRÜS BULUNDU</translation>
    </message>
    <message>
        <source>Your computer is locked.</source>
        <translation>Bilgisayarınız kilitlendi.</translation>
    </message>
    <message>
        <source>Call &quot;Support&quot; now:</source>
        <translation>&quot;Destek&quot;i hemen arayın:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <source>call</source>
        <translation>arama</translation>
    </message>
    <message>
        <source>&quot;Install this app and</source>
        <translation>&quot;Bu uygulamayı kurun ve</translation>
    </message>
    <message>
        <source>paste this so I can fix it.&quot;</source>
        <translation>bunu yapıştırın, düzelteyim.&quot;</translation>
    </message>
    <message>
        <source>Real support never calls first.</source>
        <translation>Gerçek destek asla önce aramaz.</translation>
    </message>
    <message>
        <source>Remote access = they control</source>
        <translation>Uzaktan erişim = yönetirler:</translation>
    </message>
    <message>
        <source>your computer and accounts.</source>
        <translation>bilgisayarınızı ve hesaplarınızı.</translation>
    </message>
    <message>
        <source>Scary pop-ups cannot lock your computer.</source>
        <translation>Korkutucu açılır pencereler bilgisayarınızı kilitleyemez.</translation>
    </message>
    <message>
        <source>Close the browser (Alt+F4) and call your own IT team.</source>
        <translation>Tarayıcıyı kapatın (Alt+F4) ve kendi BT ekibinizi arayın.</translation>
    </message>
</context>
<context>
    <name>LearnWindow</name>
    <message>
        <source>How paste scams work</source>
        <translation>Yapıştırma dolandırıcılığı nasıl işler</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
    <message>
        <source>Choose a page to read</source>
        <translation>Bir sayfa seçin</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>İ&amp;leri</translation>
    </message>
    <message>
        <source>The previous page</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>The next page</source>
        <translation>Sonraki sayfa</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>The entries of {name}; select one and press Delete to remove it</source>
        <translation>{name} girdileri; birini seçip kaldırmak için Delete&apos;e basın</translation>
    </message>
    <message>
        <source>New entry for {name}</source>
        <translation>{name} için yeni girdi</translation>
    </message>
    <message>
        <source>Type an entry and press Enter to add it</source>
        <translation>Bir girdi yazıp eklemek için Enter&apos;a basın</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>{name} listesine ekle</translation>
    </message>
    <message>
        <source>Adds the typed entry to the list</source>
        <translation>Yazılan girdiyi listeye ekler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>{name} listesinden kaldır</translation>
    </message>
    <message>
        <source>Removes the selected entries</source>
        <translation>Seçili girdileri kaldırır</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>The person chose &quot;Keep me safe&quot;.</source>
        <translation>Kişi &quot;Beni koru&quot;yu seçti.</translation>
    </message>
    <message>
        <source>Good call. Nothing was pasted.</source>
        <translation>İyi karar. Hiçbir şey yapıştırılmadı.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow this.</source>
        <translation>Kuruluşunuzun ilkesi buna izin vermiyor.</translation>
    </message>
    <message>
        <source>The text is no longer available; copy it again.</source>
        <translation>Metin artık yok; yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>A blocked text was put back on the clipboard.</source>
        <translation>Engellenen bir metin panoya geri kondu.</translation>
    </message>
    <message>
        <source>The blocked text is back on your clipboard.</source>
        <translation>Engellenen metin yeniden panonuzda.</translation>
    </message>
    <message>
        <source>The person chose &quot;Paste anyway&quot;.</source>
        <translation>Kişi &quot;Yine de yapıştır&quot;ı seçti.</translation>
    </message>
    <message>
        <source>The text is on your clipboard: paste it again to use it.</source>
        <translation>Metin panonuzda: kullanmak için yeniden yapıştırın.</translation>
    </message>
    <message>
        <source>This site cannot be trusted from here.</source>
        <translation>Bu siteye buradan güvenilemez.</translation>
    </message>
    <message>
        <source>The person trusted {what}.</source>
        <translation>Kişi şuna güvendi: {what}.</translation>
    </message>
    <message>
        <source>this text once</source>
        <translation>bu metne bir kez</translation>
    </message>
    <message>
        <source>This text is let through once: paste it again.</source>
        <translation>Bu metne bir kez izin verildi: yeniden yapıştırın.</translation>
    </message>
    <message>
        <source>{host} is trusted until PasteGuard restarts: paste again.</source>
        <translation>{host} PasteGuard yeniden başlayana kadar güvenilir: yeniden yapıştırın.</translation>
    </message>
    <message>
        <source>{host} is trusted for {days} days: paste again.</source>
        <translation>{host} {days} gün boyunca güvenilir: yeniden yapıştırın.</translation>
    </message>
    <message>
        <source>The report could not be saved: {reason}</source>
        <translation>Rapor kaydedilemedi: {reason}</translation>
    </message>
    <message>
        <source>A mail to {address} is open in your mail program: press Send.</source>
        <translation>{address} adresine bir e-posta, e-posta programınızda açık: Gönder&apos;e basın.</translation>
    </message>
    <message>
        <source>A copy goes to your IT team&apos;s security log.</source>
        <translation>Bir kopyası BT ekibinizin güvenlik kaydına gider.</translation>
    </message>
    <message>
        <source>Nothing was sent: show it to your IT team, or tell them what happened.</source>
        <translation>Hiçbir şey gönderilmedi: BT ekibinize gösterin ya da ne olduğunu anlatın.</translation>
    </message>
    <message>
        <source>The report is saved on this computer: {path}</source>
        <translation>Rapor bu bilgisayara kaydedildi: {path}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>PasteGuard settings</source>
        <translation>PasteGuard ayarları</translation>
    </message>
    <message>
        <source>Block: disarm dangerous text on the clipboard, stop risky pastes</source>
        <translation>Engelle: panodaki tehlikeli metni etkisizleştir, riskli yapıştırmaları durdur</translation>
    </message>
    <message>
        <source>Warn: stop risky pastes and explain; never change the clipboard</source>
        <translation>Uyar: riskli yapıştırmaları durdur ve açıkla; panoyu asla değiştirme</translation>
    </message>
    <message>
        <source>Monitor: only keep a log</source>
        <translation>İzle: yalnızca kayıt tut</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Bildirimleri göster</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Güvenilen siteler</translation>
    </message>
    <message>
        <source>docs.example.com</source>
        <translation>docs.example.com</translation>
    </message>
    <message>
        <source>Trusted installers</source>
        <translation>Güvenilen yükleyiciler</translation>
    </message>
    <message>
        <source>https://get.example.com/install.sh</source>
        <translation>https://get.example.com/install.sh</translation>
    </message>
    <message>
        <source>Start PasteGuard when I sign in</source>
        <translation>Oturum açtığımda PasteGuard&apos;ı başlat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Bu bilgisayardaki gibi</translation>
    </message>
    <message>
        <source>What PasteGuard does with risky text</source>
        <translation>PasteGuard riskli metinle ne yapar</translation>
    </message>
    <message>
        <source>Show a notice when PasteGuard blocks something</source>
        <translation>PasteGuard bir şeyi engellediğinde bildirim göster</translation>
    </message>
    <message>
        <source>Events older than this are deleted for good</source>
        <translation>Daha eski olaylar kalıcı olarak silinir</translation>
    </message>
    <message>
        <source>The language of PasteGuard&apos;s windows</source>
        <translation>PasteGuard pencerelerinin dili</translation>
    </message>
    <message>
        <source>Start PasteGuard by itself when you sign in to this computer</source>
        <translation>Bu bilgisayarda oturum açtığınızda PasteGuard&apos;ı kendiliğinden başlat</translation>
    </message>
    <message>
        <source>&amp;Protection:</source>
        <translation>&amp;Koruma:</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Bildirimler:</translation>
    </message>
    <message>
        <source>Trusted &amp;sites:</source>
        <translation>Güvenilen &amp;siteler:</translation>
    </message>
    <message>
        <source>Suspicious text from these sites is only logged. Dangerous text is always stopped.</source>
        <translation>Bu sitelerden gelen şüpheli metin yalnızca kaydedilir. Tehlikeli metin her zaman durdurulur.</translation>
    </message>
    <message>
        <source>Trusted &amp;installers:</source>
        <translation>Güvenilen &amp;yükleyiciler:</translation>
    </message>
    <message>
        <source>Install commands that fetch scripts from these https addresses are not flagged.</source>
        <translation>Bu https adreslerinden betik indiren kurulum komutları işaretlenmez.</translation>
    </message>
    <message>
        <source>Keep the event &amp;log for:</source>
        <translation>Olay &amp;kaydını saklama süresi:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>Save these settings and close</source>
        <translation>Bu ayarları kaydet ve kapat</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Hiçbir şeyi değiştirmeden kapat</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Trusted until</source>
        <translation>Güvenilir olduğu süre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>No site is trusted from a warning.</source>
        <translation>Bir uyarıdan güvenilen site yok.</translation>
    </message>
    <message>
        <source>Trusted for no&amp;w:</source>
        <translation>Şimdilik &amp;güvenilen:</translation>
    </message>
    <message>
        <source>Sites trusted for now</source>
        <translation>Şimdilik güvenilen siteler</translation>
    </message>
    <message>
        <source>Sites you trusted from a warning. Suspicious text from them (and their subdomains) is let through until the date shown; dangerous text is always stopped. Revoke ends the trust at once.</source>
        <translation>Bir uyarıdan güvendiğiniz siteler. Bunlardan (ve alt alan adlarından) gelen şüpheli metin gösterilen tarihe kadar geçirilir; tehlikeli metin her zaman durdurulur. &quot;İptal et&quot; güveni hemen sona erdirir.</translation>
    </message>
    <message>
        <source>{site} and every address under it</source>
        <translation>{site} ve altındaki her adres</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>İptal et</translation>
    </message>
    <message>
        <source>Revoke trust in {site}</source>
        <translation>{site} için güveni iptal et</translation>
    </message>
    <message>
        <source>Stop trusting {site} now; its text is judged again</source>
        <translation>{site} sitesine artık güvenme; metni yeniden değerlendirilir</translation>
    </message>
    <message>
        <source>PasteGuard restarts</source>
        <translation>PasteGuard yeniden başlayana kadar</translation>
    </message>
    <message>
        <source>&amp;Autostart:</source>
        <translation>&amp;Otomatik başlatma:</translation>
    </message>
    <message>
        <source>Comes with the installer: the packaged PasteGuard starts when you sign in.</source>
        <translation>Yükleyiciyle gelir: kurulu PasteGuard oturum açtığınızda başlar.</translation>
    </message>
    <message>
        <source>Locked: {reason}</source>
        <translation>Kilitli: {reason}</translation>
    </message>
    <message>
        <source>Autostart could not be changed: {reason}</source>
        <translation>Otomatik başlatma değiştirilemedi: {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved: {reason}</source>
        <translation>Ayarlar kaydedilemedi: {reason}</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy now sets these; they were not changed: {keys}</source>
        <translation>Kuruluşunuzun ilkesi artık bunları belirliyor; değiştirilmediler: {keys}</translation>
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
        <translation>PasteGuard durumu</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>PasteGuard menu</source>
        <translation>PasteGuard menüsü</translation>
    </message>
    <message>
        <source>Pause, resume, restore a blocked text, settings and help</source>
        <translation>Duraklat, sürdür, engellenen metni geri getir, ayarlar ve yardım</translation>
    </message>
    <message>
        <source>Open the event log</source>
        <translation>Olay kaydını aç</translation>
    </message>
    <message>
        <source>What PasteGuard saw and did</source>
        <translation>PasteGuard&apos;ın gördükleri ve yaptıkları</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Korunuyor</translation>
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
        <translation>Geri koy</translation>
    </message>
    <message>
        <source>Put the blocked text back on the clipboard</source>
        <translation>Engellenen metni panoya geri koy</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Bu bildirimi kapat</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>PasteGuard event log</source>
        <translation>PasteGuard olay kaydı</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Newest first; choose one to see it in full</source>
        <translation>Önce en yeniler; tamamını görmek için birini seçin</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Olay ayrıntıları</translation>
    </message>
    <message>
        <source>Everything the log holds about the event</source>
        <translation>Kaydın bu olay hakkında tuttuğu her şey</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Dışa aktar</translation>
    </message>
    <message>
        <source>Export the shown events</source>
        <translation>Gösterilen olayları dışa aktar</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>Seçilenleri &amp;sil</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>Kaydı yeniden oku</translation>
    </message>
    <message>
        <source>Save the shown events as CSV, JSON Lines or ECS</source>
        <translation>Gösterilen olayları CSV, JSON Lines veya ECS olarak kaydet</translation>
    </message>
    <message>
        <source>Delete the selected events for good</source>
        <translation>Seçili olayları kalıcı olarak sil</translation>
    </message>
    <message>
        <source>Choose an event to see it in full.</source>
        <translation>Tamamını görmek için bir olay seçin.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow deleting events</source>
        <translation>Kuruluşunuzun ilkesi olayların silinmesine izin vermiyor</translation>
    </message>
    <message>
        <source>The event log cannot be read: {reason}</source>
        <translation>Olay kaydı okunamıyor: {reason}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <source>{n} events match</source>
        <translation>{n} olay eşleşti</translation>
    </message>
    <message>
        <source>More than {n} events match</source>
        <translation>{n} olaydan fazlası eşleşiyor</translation>
    </message>
    <message>
        <source>Events per 5 minutes, {first} to {last}</source>
        <translation>5 dakikalık olaylar, {first} - {last}</translation>
    </message>
    <message>
        <source>Events per hour, {first} to {last}</source>
        <translation>Saatlik olaylar, {first} - {last}</translation>
    </message>
    <message>
        <source>Events per day, {first} to {last}</source>
        <translation>Günlük olaylar, {first} - {last}</translation>
    </message>
    <message>
        <source>Events per week, {first} to {last}</source>
        <translation>Haftalık olaylar, {first} - {last}</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Olayları dışa aktar</translation>
    </message>
    <message>
        <source>Exporting the shown events to {path}… (closing this window stops it)</source>
        <translation>Gösterilen olaylar {path} konumuna aktarılıyor… (bu pencereyi kapatmak durdurur)</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Dışa aktarılamadı: {reason}</translation>
    </message>
    <message>
        <source>Exported {n} events to {path}</source>
        <translation>{n} olay {path} konumuna aktarıldı</translation>
    </message>
    <message>
        <source>Delete events</source>
        <translation>Olayları sil</translation>
    </message>
    <message>
        <source>Delete {n} events for good? This cannot be undone.</source>
        <translation>{n} olay kalıcı olarak silinsin mi? Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Delete failed: {reason}</source>
        <translation>Silinemedi: {reason}</translation>
    </message>
    <message>
        <source>Deleted {n} events</source>
        <translation>{n} olay silindi</translation>
    </message>
</context>
<context>
    <name>Warning</name>
    <message>
        <source>a web page</source>
        <translation>bir web sayfası</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>başka bir program</translation>
    </message>
    <message>
        <source>another site</source>
        <translation>başka bir site</translation>
    </message>
    <message>
        <source>harm your computer</source>
        <translation>bilgisayarınıza zarar vermek</translation>
    </message>
    <message>
        <source>do more than it seems to</source>
        <translation>göründüğünden fazlasını yapmak</translation>
    </message>
    <message>
        <source>This is a scam</source>
        <translation>Bu bir dolandırıcılık</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that tells you to call a number</source>
        <translation>{origin} panonuza sizden bir numarayı aramanızı isteyen bir metin koydu</translation>
    </message>
    <message>
        <source>the text on your clipboard tells you to call a number</source>
        <translation>panonuzdaki metin sizden bir numarayı aramanızı istiyor</translation>
    </message>
    <message>
        <source>Don&apos;t paste this</source>
        <translation>Bunu yapıştırmayın</translation>
    </message>
    <message>
        <source>Check this first</source>
        <translation>Önce kontrol edin</translation>
    </message>
    <message>
        <source>{origin} put code on your clipboard that would {action}</source>
        <translation>{origin} panonuza kod koydu. Bu kod şunu yapabilir: {action}</translation>
    </message>
    <message>
        <source>the code on your clipboard would {action}</source>
        <translation>panonuzdaki kod şunu yapabilir: {action}</translation>
    </message>
    <message>
        <source>{origin} asks you to paste a sign-in address that would {action}</source>
        <translation>{origin} sizden bir oturum açma adresi yapıştırmanızı istiyor. Bu adres şunu yapabilir: {action}</translation>
    </message>
    <message>
        <source>the sign-in address on your clipboard would {action}</source>
        <translation>panonuzdaki oturum açma adresi şunu yapabilir: {action}</translation>
    </message>
    <message>
        <source>{origin} put a command on your clipboard that would {action}</source>
        <translation>{origin} panonuza bir komut koydu. Bu komut şunu yapabilir: {action}</translation>
    </message>
    <message>
        <source>the command on your clipboard would {action}</source>
        <translation>panonuzdaki komut şunu yapabilir: {action}</translation>
    </message>
    <message>
        <source>{origin} put a text on your clipboard that could {action}</source>
        <translation>{origin} panonuza bir metin koydu. Bu metin şunu yapabilir: {action}</translation>
    </message>
    <message>
        <source>the text on your clipboard could {action}</source>
        <translation>panonuzdaki metin şunu yapabilir: {action}</translation>
    </message>
    <message>
        <source>It asks you to call a phone number. Scammers answer that number.</source>
        <translation>Sizden bir telefon numarasını aramanızı istiyor. O numarada dolandırıcılar var.</translation>
    </message>
    <message>
        <source>It would {action} (from {host}).</source>
        <translation>Şunu yapabilir: {action} ({host} üzerinden).</translation>
    </message>
    <message>
        <source>It would {action}.</source>
        <translation>Şunu yapabilir: {action}.</translation>
    </message>
    <message>
        <source>unknown (no program or page said)</source>
        <translation>bilinmiyor (hiçbir program veya sayfa belirtmedi)</translation>
    </message>
    <message>
        <source>the Run dialog (Win+R)</source>
        <translation>Çalıştır penceresi (Win+R)</translation>
    </message>
    <message>
        <source>File Explorer&apos;s address bar</source>
        <translation>Dosya Gezgini&apos;nin adres çubuğu</translation>
    </message>
    <message>
        <source>a terminal</source>
        <translation>bir terminal</translation>
    </message>
    <message>
        <source>the browser&apos;s developer console</source>
        <translation>tarayıcının geliştirici konsolu</translation>
    </message>
    <message>
        <source>a window PasteGuard could not identify</source>
        <translation>PasteGuard&apos;ın tanıyamadığı bir pencere</translation>
    </message>
    <message>
        <source>PasteGuard took this off your clipboard before anything could paste it. Nothing has run.</source>
        <translation>PasteGuard bunu, herhangi bir yere yapıştırılamadan panonuzdan kaldırdı. Hiçbir şey çalıştırılmadı.</translation>
    </message>
    <message>
        <source>PasteGuard stopped the paste. Nothing has run.</source>
        <translation>PasteGuard yapıştırmayı durdurdu. Hiçbir şey çalışmadı.</translation>
    </message>
    <message>
        <source>PasteGuard could not stop this paste: the text may already be there. Do not press Enter; clear the line or close the window.</source>
        <translation>PasteGuard bu yapıştırmayı durduramadı: metin zaten orada olabilir. Enter&apos;a basmayın; satırı silin veya pencereyi kapatın.</translation>
    </message>
    <message>
        <source>Don&apos;t paste it anywhere. The code in this address lets whoever gets it into your account; no real sign-in asks you to copy it back into a page.</source>
        <translation>Hiçbir yere yapıştırmayın. Bu adresteki kod, onu ele geçiren herkese hesabınızı açar; hiçbir gerçek oturum açma onu bir sayfaya geri kopyalamanızı istemez.</translation>
    </message>
    <message>
        <source>Don&apos;t call the number. No real company, bank or support team puts a phone number on your clipboard. Close the page; if you already called, hang up and tell your IT team.</source>
        <translation>Bu numarayı aramayın. Hiçbir gerçek şirket, banka veya destek ekibi panonuza telefon numarası koymaz. Sayfayı kapatın; zaten aradıysanız telefonu kapatın ve BT ekibinize haber verin.</translation>
    </message>
    <message>
        <source>Close the window you were pasting into and the web page that asked you to. No real website, CAPTCHA or support team asks you to paste commands into Windows.</source>
        <translation>Yapıştırdığınız pencereyi ve bunu isteyen web sayfasını kapatın. Hiçbir gerçek web sitesi, CAPTCHA veya destek ekibi Windows&apos;a komut yapıştırmanızı istemez.</translation>
    </message>
    <message>
        <source>Close the console. Anyone who asks you to paste code there wants your account: no prize, unlock or verification works that way.</source>
        <translation>Konsolu kapatın. Oraya kod yapıştırmanızı isteyen, hesabınızı istiyordur: hiçbir ödül, kilit açma veya doğrulama böyle işlemez.</translation>
    </message>
    <message>
        <source>Don&apos;t run it. Close the page or chat that gave it to you, and ask your IT team if you are unsure.</source>
        <translation>Çalıştırmayın. Bunu veren sayfayı veya sohbeti kapatın, emin değilseniz BT ekibinize sorun.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>PasteGuard warning</source>
        <translation>PasteGuard uyarısı</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>Ne yapabilir:</translation>
    </message>
    <message>
        <source>Where it came from:</source>
        <translation>Nereden geldi:</translation>
    </message>
    <message>
        <source>Where it was going:</source>
        <translation>Nereye gidiyordu:</translation>
    </message>
    <message>
        <source>The command, made safe to read:</source>
        <translation>Okunması güvenli hâle getirilmiş komut:</translation>
    </message>
    <message>
        <source>The command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <source>The copied text with links disarmed and hidden parts marked in brackets</source>
        <translation>Bağlantıları etkisizleştirilmiş, gizli kısımları köşeli parantezle işaretlenmiş kopyalanan metin</translation>
    </message>
    <message>
        <source>Show the whole text</source>
        <translation>Metnin tamamını göster</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Neden?</translation>
    </message>
    <message>
        <source>Why? Show the reasons</source>
        <translation>Neden? Nedenleri göster</translation>
    </message>
    <message>
        <source>Shows each reason for this warning and what the text points at</source>
        <translation>Bu uyarının her nedenini ve metnin neyi gösterdiğini gösterir</translation>
    </message>
    <message>
        <source>The reasons for this warning</source>
        <translation>Bu uyarının nedenleri</translation>
    </message>
    <message>
        <source>Report to IT</source>
        <translation>BT&apos;ye bildir</translation>
    </message>
    <message>
        <source>Save a report of this for your IT team; it says what was sent and where</source>
        <translation>BT ekibiniz için bir rapor kaydet; neyin nereye gönderildiğini söyler</translation>
    </message>
    <message>
        <source>Trust this site</source>
        <translation>Bu siteye güven</translation>
    </message>
    <message>
        <source>Trust the site this came from: its suspicious pastes will only be logged</source>
        <translation>Geldiği siteye güven: oradan gelen şüpheli yapıştırmalar yalnızca kaydedilir</translation>
    </message>
    <message>
        <source>Only this text, once</source>
        <translation>Yalnızca bu metin, bir kez</translation>
    </message>
    <message>
        <source>This site for {days} days</source>
        <translation>Bu siteye {days} gün</translation>
    </message>
    <message>
        <source>This site until PasteGuard restarts</source>
        <translation>Bu siteye PasteGuard yeniden başlayana kadar</translation>
    </message>
    <message>
        <source>I understand the risk</source>
        <translation>Riski anlıyorum</translation>
    </message>
    <message>
        <source>Tick this to be able to paste the text anyway</source>
        <translation>Metni yine de yapıştırabilmek için işaretleyin</translation>
    </message>
    <message>
        <source>Paste anyway</source>
        <translation>Yine de yapıştır</translation>
    </message>
    <message>
        <source>Put the text back so that you can paste it (not recommended)</source>
        <translation>Yapıştırabilmeniz için metni geri koy (önerilmez)</translation>
    </message>
    <message>
        <source>Keep me safe</source>
        <translation>Beni koru</translation>
    </message>
    <message>
        <source>Do not paste; close this warning</source>
        <translation>Yapıştırma; bu uyarıyı kapat</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}.</translation>
    </message>
    <message>
        <source>The text, made safe to read:</source>
        <translation>Okunması güvenli hâle getirilmiş metin:</translation>
    </message>
    <message>
        <source>Marked: {parts}. They were hidden from you.</source>
        <translation>İşaretlendi: {parts}. Bunlar sizden gizlenmişti.</translation>
    </message>
    <message>
        <source>Marked: {parts}.</source>
        <translation>İşaretlendi: {parts}.</translation>
    </message>
    <message>
        <source>{n} spaces</source>
        <translation>{n} boşluk</translation>
    </message>
    <message>
        <source>{n} blank characters</source>
        <translation>{n} boş karakter</translation>
    </message>
    <message>
        <source>{n} more characters</source>
        <translation>{n} karakter daha</translation>
    </message>
    <message>
        <source>hidden padding</source>
        <translation>gizli boşluklar</translation>
    </message>
    <message>
        <source>invisible or control characters</source>
        <translation>görünmez veya denetim karakterleri</translation>
    </message>
    <message>
        <source>fake &quot;I am not a robot&quot; text</source>
        <translation>sahte &quot;Ben robot değilim&quot; metni</translation>
    </message>
    <message>
        <source>the scammers&apos; phone number: do not call it</source>
        <translation>dolandırıcıların telefon numarası: aramayın</translation>
    </message>
    <message>
        <source>seen in</source>
        <translation>bulunduğu yer:</translation>
    </message>
    <message>
        <source>It points at</source>
        <translation>Gösterdiği yerler</translation>
    </message>
    <message>
        <source>The check could not finish, so PasteGuard errs on the side of caution.</source>
        <translation>Denetim tamamlanamadı, bu yüzden PasteGuard dikkatli davranıyor.</translation>
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
        <translation>PasteGuard&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <source>PasteGuard&apos;s shield</source>
        <translation>PasteGuard kalkanı</translation>
    </message>
    <message>
        <source>PasteGuard is watching for risky pastes</source>
        <translation>PasteGuard riskli yapıştırmaları izliyor</translation>
    </message>
    <message>
        <source>PasteGuard is protecting you</source>
        <translation>PasteGuard sizi koruyor</translation>
    </message>
    <message>
        <source>Find it as a shield next to the clock: click it for its menu, the event log and settings. A red shield means it stopped something.</source>
        <translation>Saatin yanında bir kalkan olarak bulursunuz: menü, olay kaydı ve ayarlar için tıklayın. Kırmızı kalkan bir şeyi durdurduğu anlamına gelir.</translation>
    </message>
    <message>
        <source>PasteGuard was started without a tray icon: run pasteguard viewer for the event log, and pasteguard status to see how it is doing.</source>
        <translation>PasteGuard sistem tepsisi simgesi olmadan başlatıldı: olay günlüğü için pasteguard viewer, durumunu görmek için pasteguard status komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>This desktop has no tray, so a small PasteGuard window stays open instead: its menu holds the event log and settings.</source>
        <translation>Bu masaüstünde sistem tepsisi yok, bu yüzden küçük bir PasteGuard penceresi açık kalır: menüsünde olay kaydı ve ayarlar bulunur.</translation>
    </message>
    <message>
        <source>Some web pages and chats trick people into copying a command and pasting it into Windows&apos; Run box, a terminal or the browser console.</source>
        <translation>Bazı web sayfaları ve sohbetler insanları bir komutu kopyalayıp Windows&apos;un Çalıştır kutusuna, bir terminale veya tarayıcı konsoluna yapıştırmaya kandırır.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy and records any paste that could run something dangerous; on this computer it is set to record them, not to stop them. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard kopyaladığınız şeyi denetler ve tehlikeli bir şey çalıştırabilecek her yapıştırmayı kaydeder; bu bilgisayarda bunları durdurmak için değil, yalnızca kaydetmek için ayarlanmıştır. Sıradan kopyalama ve yapıştırma eskisi gibi çalışır.</translation>
    </message>
    <message>
        <source>PasteGuard checks what you copy. When a paste would run something dangerous, it stops it and explains why, in plain words. Ordinary copying and pasting works as before.</source>
        <translation>PasteGuard kopyaladığınız şeyi denetler. Bir yapıştırma tehlikeli bir şey çalıştıracaksa onu durdurur ve nedenini sade bir dille açıklar. Sıradan kopyalama ve yapıştırma eskisi gibi çalışır.</translation>
    </message>
    <message>
        <source>What you copy stays on this computer, except what PasteGuard flags: your IT team&apos;s security log gets that, made safe to read and with secrets such as passwords and keys removed.</source>
        <translation>Kopyaladığınız şey bu bilgisayarda kalır; PasteGuard&apos;ın işaretledikleri hariç: bunlar, okunması güvenli hâle getirilip parola ve anahtar gibi gizli bilgiler çıkarılarak BT ekibinizin güvenlik kaydına gider.</translation>
    </message>
    <message>
        <source>Nothing you copy leaves this computer.</source>
        <translation>Kopyaladığınız hiçbir şey bu bilgisayardan çıkmaz.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, run pasteguard pause --minutes 15; pasteguard resume ends the pause.</source>
        <translation>Yapıştırmalara bir süre izin vermek için pasteguard pause --minutes 15 komutunu çalıştırın; pasteguard resume duraklatmayı bitirir.</translation>
    </message>
    <message>
        <source>To let pastes through for a while, pause it from its menu: for 15 minutes, an hour or until it restarts.</source>
        <translation>Yapıştırmalara bir süre izin vermek için PasteGuard&apos;ı menüsünden duraklatın: 15 dakika, bir saat veya yeniden başlatılana kadar.</translation>
    </message>
    <message>
        <source>What PasteGuard does</source>
        <translation>PasteGuard ne yapar</translation>
    </message>
    <message>
        <source>&amp;How paste scams work</source>
        <translation>&amp;Yapıştırma dolandırıcılığı nasıl işler</translation>
    </message>
    <message>
        <source>Short illustrated pages on the tricks</source>
        <translation>Hileler hakkında kısa, resimli sayfalar</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Anladım</translation>
    </message>
    <message>
        <source>Close this window; PasteGuard keeps running</source>
        <translation>Bu pencereyi kapat; PasteGuard çalışmaya devam eder</translation>
    </message>
</context>
</TS>
