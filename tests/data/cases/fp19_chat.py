"""fpover19 texts: developers' chat in ten languages, emoji-heavy chat (own words)."""

from fp19_data import each

SLACK = "https://app.slack.com/client/T01ABCDEF/C02GHIJKL"
TEAMS = "https://teams.microsoft.com/v2/"
DISCORD = "https://discord.com/channels/480123456789012345/480123456789012346"

DEV_LANG = [
    *each(
        SLACK,
        "other",
        # de
        "Kurze Frage: bei mir schlägt `npm ci` im Container fehl mit EACCES. Hat jemand das schon mal gehabt? Ich hab's jetzt mit `--unsafe-perm` umgangen, aber das ist ja keine Lösung.",
        "Ich hab den Staging-Cluster neu aufgesetzt. Zugriff wie gehabt: `kubectl config use-context staging-fra` und dann `kubectl get pods -n shop`. Falls ihr ein 401 bekommt, einmal `az aks get-credentials -g rg-staging -n aks-staging` ausführen.",
        "Bitte vor dem Merge einmal lokal `make lint test` laufen lassen, die CI ist gerade langsam (Runner-Queue ~20 min).",
        "Der Fehler kommt von Postgres: `FATAL: remaining connection slots are reserved`. Ich erhöhe max_connections auf 300 und starte den PgBouncer neu: `sudo systemctl restart pgbouncer`",
        # fr
        "Salut, pour installer le pré-commit sur vos postes : `pip install pre-commit && pre-commit install`. Ça tourne black et ruff avant chaque commit.",
        "Quelqu'un sait pourquoi `docker compose up` me renvoie « port is already allocated » ? J'ai fait `lsof -i :5432` et c'est un vieux postgres local, je le coupe avec `brew services stop postgresql@15`.",
        "Petit rappel : la clé SSH du serveur de build a changé. Si vous avez « REMOTE HOST IDENTIFICATION HAS CHANGED », faites `ssh-keygen -R build01.interne.example` puis reconnectez-vous.",
        "J'ai mis le script de migration ici : https://gitlab.interne.example/plateforme/outils/-/blob/main/migrate.sh — lancez-le avec `bash migrate.sh --dry-run` d'abord.",
        # es
        "Oye, el pipeline falla en el paso de tests porque falta la variable DATABASE_URL. La añadí en Settings > CI/CD > Variables. Reintenta el job.",
        "Para levantar el entorno local: `cp .env.example .env`, luego `docker compose up -d db redis` y `npm run dev`. Si no conecta, revisa que el puerto 5432 esté libre.",
        "¿Alguien ha visto este error en Windows? `'python' no se reconoce como un comando interno o externo`. Solución: reinstalar marcando «Add python.exe to PATH» o usar `py -3.12`.",
        "Acabo de rotar el token de Sentry. El nuevo está en el vault (secret/frontend/sentry). Actualizad vuestro .env.local, por favor.",
        # pt
        "Galera, o deploy de hoje vai às 18h. Antes disso rodem `./gradlew clean build` e confiram se os testes de integração passam.",
        "Alguém sabe como limpar o cache do Maven? Tô tendo conflito de versão. — Tenta `mvn dependency:purge-local-repository` ou apaga ~/.m2/repository/com/empresa.",
        "Pessoal, mudamos o registry interno. Rodem `npm config set registry https://npm.interno.example/` e depois `npm ci`.",
        # ru
        "Коллеги, на проде упал воркер очереди. Перезапустил: `sudo systemctl restart celery-worker@default`. Логи смотрите через `journalctl -u celery-worker@default -f`.",
        "Подскажите, как откатить миграцию в Django? — `python manage.py migrate orders 0041` откатит до 0041, потом удалите файл 0042.",
        'Кто трогал nginx на app02? Конфиг не проходит `nginx -t`: unknown directive "proxy_pas". Поправил опечатку, перезагрузил `systemctl reload nginx`.',
        "Напоминаю: доступ к базе только через бастион. `ssh -J bastion.corp.example db01` и дальше `psql -U readonly analytics`.",
        # ja
        "ローカルで `pnpm install` が失敗する人は、Node のバージョンを 20 に揃えてください。`nvm use 20` で切り替えられます。",
        "ステージングのDBを初期化しました。`make db-reset` でローカルも同じ状態にできます。シードデータは seeds/dev.sql です。",
        "デプロイ手順を Confluence にまとめました：https://wiki.example.co.jp/display/DEV/Deploy 。本番は `cap production deploy` ではなく GitHub Actions から実行してください。",
        "`git push` で 403 になる件、PAT の期限切れでした。Settings → Developer settings から再発行してください。",
        # zh
        "大家好，测试环境的 Redis 地址换了，新的是 redis-test.internal.example:6379，请更新各自的 .env 文件。",
        "编译报错 `error: linker 'cc' not found` 的话，先执行 `sudo apt install build-essential` 再 `cargo build`。",
        "今晚 22:00 做数据库主从切换，预计停机 10 分钟。切换脚本：`./scripts/failover.sh --primary db02 --confirm`。有问题在群里喊我。",
        "PR 已经合了，大家 `git pull --rebase` 一下。CI 里的 flaky 测试我加了 retry，后面再慢慢修。",
        # ko
        "로컬에서 `yarn build`가 메모리 부족으로 죽으면 `export NODE_OPTIONS=--max-old-space-size=4096` 설정하고 다시 해보세요.",
        "스테이징 배포 완료했습니다. 확인은 https://staging.example.kr 에서 해주시고, 문제 있으면 `kubectl logs -n web deploy/frontend` 로 로그 봐주세요.",
        "VPN 접속 안 되는 분들은 `sudo openvpn --config ~/Downloads/dev.ovpn` 으로 먼저 테스트해 보세요.",
        # tr
        "Arkadaşlar, test ortamındaki Jenkins'i güncelledim. Pipeline'lar yeniden çalışmazsa `Build Now` deyin, hâlâ sorun varsa bana yazın.",
        "Docker imajı çok büyümüş (2.1 GB). Multi-stage build'e geçtim, şimdi 180 MB. Dockerfile'ı PR'a koydum, bakabilir misiniz?",
        "Yerelde SSL hatası alıyorsanız şirket sertifikasını ekleyin: `sudo cp corp-root-ca.crt /usr/local/share/ca-certificates/ && sudo update-ca-certificates`",
        # pl
        "Hej, ktoś wie czemu `terraform plan` chce mi usunąć bucket? — Masz starą wersję stanu, zrób `terraform init -upgrade` i `terraform refresh`.",
        "Wrzuciłem poprawkę do repo, odpalcie `git pull && composer install` i wyczyśćcie cache: `php artisan cache:clear`.",
        "Uwaga: od jutra logowanie do Jiry tylko przez SSO. Jeśli coś nie działa, zgłoście na #it-helpdesk.",
    ),
    *each(
        DISCORD,
        "other",
        "Servus! Mein Modpack crasht beim Start mit `java.lang.OutOfMemoryError`. Im Launcher unter JVM-Argumente `-Xmx6G` eingetragen, jetzt läuft's.",
        "pessoal, pra quem tá com lag no servidor: mudei o view-distance pra 8 no server.properties e reiniciei, melhorou muito",
        "サーバーのIPは play.example-mc.jp です。バージョンは1.21.1、Fabricで入ってください。",
    ),
]

EMOJI = [
    *each(
        SLACK,
        "other",
        "🚀 v2.14.0 is live in prod! 🎉 Changelog: https://github.com/acme/app/releases/tag/v2.14.0 — huge thanks to @maria and @kenji 🙌",
        "🔥🔥 prod is on fire 🔥🔥 jk 😅 just the staging alerts, muted them till 5pm 🔕",
        "☕️ anyone up for coffee at 3? ☕️ also reminder: retro at 4 in the big room 🗓️",
        "✅ backups verified\n✅ certs renewed (expire 2025-03-08)\n⚠️ disk on log02 at 87%\n❌ nightly e2e still flaky — looking into it 👀",
        "🎂 Happy birthday Priya!!! 🥳🎈🎁 cake in the kitchen at 2 🍰",
        "PSA 📣: the Wi-Fi password for the guest network changed → check the poster by reception 📌 (not posting it here 🙈)",
        "🧵 thread: why our p99 jumped yesterday\n1️⃣ new index on orders was missing in prod 🤦\n2️⃣ migration ran at 14:02 ⏱️\n3️⃣ p99 back to 180 ms 📉",
        "👋 welcome @sam to the team! 🎉 Sam joins us from Berlin 🇩🇪 and will work on the payments squad 💳",
        "lgtm 👍 ship it 🚢",
        "🐛 found it: off-by-one in pagination 🙃 fix in #4821 🔧",
    ),
    *each(
        "https://web.whatsapp.com/",
        "other",
        "Mom: Did you get home ok?? ❤️❤️ text me when you land ✈️😘",
        "Soccer practice moved to Thursday 5:30 ⚽️ at Riverside field. Bring water 💧 and shin guards! Coach Dan 📞 (312) 555-0148",
        "🎄 Secret Santa! 🎅 budget €25, exchange on the 20th 🎁 sign up here: https://www.drawnames.com/ 🤶",
        "omg 😂😂😂 did you see the cat video?? 🐱 https://youtu.be/dQw4w9WgXcQ",
        "Grocery list 🛒: 🥛 milk, 🥚 eggs, 🍞 bread, 🍌 bananas, ☕ coffee (the good one pls 🙏)",
        "Reminder 🔔 dentist tomorrow 9:15 🦷 at Smile Dental, 22 Park Rd. If you need to cancel call 020 7946 0321 ☎️",
        "Happy new year!!! 🎆🥂✨ Feliz año nuevo 🇪🇸 Bonne année 🇫🇷 新年快乐 🇨🇳",
        "🏃‍♀️ 10k done in 52:14!! new PB 💪🔥 strava: https://www.strava.com/activities/12938475610",
    ),
    *each(
        DISCORD,
        "other",
        "GG everyone 🏆🎮 raid tonight at 21:00 CET ⚔️ bring pots 🧪 and be in voice 🎧",
        "server's back up ✅ IP is the same 🟢 mc.example-craft.net 🟢 modpack 1.4.2 ⛏️",
        "🎁 giveaway winner is @Nova!! 🎉 DM a mod to claim your Steam key 🔑 (we'll never ask for your password 🔒)",
        "patch notes 📝 v0.9.3:\n🐞 fixed crash on alt-tab\n⚡ 15% faster load\n🎨 new skins in the shop",
        "🤖 bot commands: !rank, !top, !remindme 10m take pizza out 🍕",
        "is anyone else getting 🔴 error 0x80070005 when updating the game through Xbox app? 😩 — fixed it: Settings > Apps > Gaming Services > Repair 🛠️",
        "📺 stream starts in 10 min!! https://www.twitch.tv/example_streamer 🎥 today: speedrunning Celeste 🍓",
    ),
]
