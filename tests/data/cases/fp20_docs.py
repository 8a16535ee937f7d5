"""fpover20 texts: long mixed documents (meeting minutes and handover notes with links and
commands), academic papers with URLs and code, translated UI strings (own words)."""

from fp20_office import each

CONFLUENCE = "https://acme.atlassian.net/wiki/spaces/OPS/pages/418273/Weekly+ops+sync"
NOTION = "https://www.notion.so/acme/Sprint-review-2024-12-10-8f3a1c"
DOCS = "https://docs.google.com/document/d/1Qx8Lk2/edit"

MINUTES = [
    *each(
        CONFLUENCE,
        "other",
        "Weekly ops sync — 2024-12-10\nAttendees: Priya, Tom, Ines, Wei (notes)\n\n1. Incident review INC-2291 (API latency, 3 Dec)\n- Root cause: connection pool exhaustion after the 2.14 deploy; pool size back to 50.\n- Action (Tom): add alert on pool saturation > 80% for 5 min.\n\n2. Postgres upgrade 14 → 16\n- Dry run on staging done: `pg_upgrade --check` clean; downtime est. 12 min.\n- Window: Sun 15 Dec 06:00 UTC. Runbook: https://acme.atlassian.net/wiki/spaces/OPS/pages/418290\n\n3. AOB\n- On-call swap: Ines ↔ Wei for 23–27 Dec.\n\nNext meeting: 17 Dec.",
        "Handover notes — night shift 09/12\n- Batch job settlement-export failed at 02:14 (S3 throttling). Re-ran manually at 03:05: `kubectl -n batch create job --from=cronjob/settlement-export settlement-export-manual-0912` — completed 03:41.\n- Disk on log-02 at 86%; rotated with `sudo logrotate -f /etc/logrotate.d/app`. Now 61%.\n- Ticket OPS-7781 open with AWS support re throttling.\nNothing else. — Karim",
        "Decision log\nD-014 (2024-11-28): We standardise on Terraform 1.9 for all new stacks. Existing CDK stacks stay until rewrite.\nD-015 (2024-12-05): Secrets move from .env files to AWS Secrets Manager; local dev uses `aws-vault exec dev -- make run`.\nD-016 (2024-12-10): Release freeze from 20 Dec to 6 Jan except hotfixes approved by two leads.",
        "Post-incident review: checkout errors 2024-12-06 14:02–14:37 UTC\nImpact: 11% of checkout attempts failed (≈ 3,400 orders); no data loss.\nTimeline:\n14:02 deploy of payments-svc v3.8.1 (feature flag default on)\n14:09 error-rate alert fired; on-call paged\n14:21 flag `new_3ds_flow` turned off in LaunchDarkly — partial recovery\n14:37 rollback: `helm rollback payments-svc 41 -n prod` — full recovery\nFollow-ups: contract test for the 3DS provider sandbox (owner: Lea), deploy guardrail on error budget (owner: Sam).",
    ),
    *each(
        NOTION,
        "other",
        "Sprint 48 review\nDone: SSO for the admin console (SAML, Okta + Entra ID), CSV export of invoices, p95 of /search down from 820 ms to 310 ms.\nNot done: the mobile deep-link bug (carried over, JIRA MOB-412).\nDemo links: staging.app.example/admin, Loom https://www.loom.com/share/8f3a1c2d\nRetro: too many mid-sprint requests from Sales → route through Product.\nTo try locally: `git checkout release/48 && make dev` then open http://localhost:3000/admin.",
        "Kick-off: Project Heron (data warehouse migration)\nGoal: retire the on-prem SQL Server DWH by end of Q2 2025; move to Snowflake.\nScope: 212 tables, 38 SSIS packages, 61 Power BI reports.\nRisks: (1) SSIS packages with custom C# scripts; (2) report owners unknown for 14 reports.\nMilestones: inventory done 20 Dec; pilot (Finance mart) 31 Jan; cut-over plan 28 Mar.\nTeam: Ana (PM), Dev (data eng), Mo (BI), Greta (security).",
    ),
    *each(
        DOCS,
        "other",
        "Board meeting minutes — Riverside Community Trust\n12 December 2024, 18:30, Village Hall\nPresent: J. Patel (Chair), M. O'Neill (Treasurer), S. Ahmed, R. Clarke, L. Wong. Apologies: D. Evans.\n1. Minutes of 14 November approved.\n2. Treasurer's report: balance £18,412.60; grant from the council (£5,000) received 2 Dec.\n3. Playground refurbishment: three quotes received (£22,400 / £19,850 / £24,100). Resolved to accept the £19,850 quote from ParkPlay Ltd, subject to references.\n4. AOB: volunteer Christmas lunch 21 Dec.\nMeeting closed 20:05.",
        "Protokoll der Teamsitzung vom 10.12.2024\nAnwesend: Frau Keller, Herr Yilmaz, Frau Novak, Herr Brandt\nTOP 1: Jahresabschluss — Inventur am 30.12., Zählteams siehe Liste im Teams-Kanal.\nTOP 2: Neue Zeiterfassung ab 01.01. (App „Clockin“), Schulung am 18.12. um 14 Uhr.\nTOP 3: Urlaubsplanung 2025 bis 20.12. im Kalender eintragen.\nNächste Sitzung: 07.01.2025",
        "Compte rendu — comité de pilotage du 9 décembre\nPrésents : M. Garnier, Mme Lambert, M. Diallo, Mme Rossi\n1. Avancement : 78 % des livrables du lot 2 validés.\n2. Budget : consommé 412 k€ sur 560 k€.\n3. Risques : retard fournisseur sur les licences (J+15).\nDécisions : report de la recette au 20 janvier.\nProchaine réunion : 13 janvier, 10h.",
        'Research group meeting 2024-12-11\n- Hana: ablation results on the new tokenizer; BLEU +0.8 on WMT22 de-en. Script: `python eval.py --ckpt runs/tok-v3/best.pt --split test --beam 5`.\n- Omar: cluster quota — we are at 91% of the 40k GPU-hours; jobs over 24 h need approval.\n- Reading group next week: "Scaling Data-Constrained Language Models" (arXiv:2305.16264).\n- Reminder: camera-ready for ACL due 20 Dec.',
        "1:1 notes — Lea / Sam, 10 Dec\n- Lea wants to lead the payments on-call rotation redesign; agreed, draft by mid-Jan.\n- Feedback: great incident comms on 6 Dec; work on saying no to ad-hoc requests.\n- Growth: conference talk proposal for KubeCon EU (CFP closes 24 Nov — missed; aim for PlatformCon).\n- Action: Sam to get budget confirmation for the AWS certification.",
        'Release checklist v2.15.0\n[x] CHANGELOG updated\n[x] version bumped in pyproject.toml\n[x] `git tag -s v2.15.0 -m "v2.15.0" && git push origin v2.15.0`\n[ ] GitHub release notes published\n[ ] Homebrew formula PR (bump-formula-pr)\n[ ] Docs site rebuilt: https://docs.tool.example/en/latest/\n[ ] Announce in #releases',
    ),
    *each(
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nzk",
        "other",
        "Meeting chat:\n[10:02] Priya: agenda in the Loop component above\n[10:05] Tom: link to the dashboard https://grafana.acme.example/d/api-latency?orgId=1&from=now-24h\n[10:07] Ines: can everyone see my screen?\n[10:15] Wei: repro steps: `curl -s https://api.staging.acme.example/v2/health | jq .`\n[10:31] Priya: thanks all, minutes to follow",
    ),
]

ACADEMIC = [
    *each(
        "https://arxiv.org/abs/2410.01234",
        "other",
        "Abstract. We present a simple method for calibrating the confidence of retrieval-augmented language models. On four open-domain QA benchmarks our approach reduces expected calibration error by 38% relative to temperature scaling while keeping accuracy within 0.3 points. Code and data are available at https://github.com/example-lab/rag-calibration.",
        "3.2 Training details. All models are trained with AdamW (β1 = 0.9, β2 = 0.95, weight decay 0.1) and a cosine schedule with 2,000 warm-up steps to a peak learning rate of 3 × 10⁻⁴. We use a global batch of 512 sequences of 2,048 tokens and train for 100k steps on 64 A100 GPUs (≈ 9 days).",
        "To reproduce Table 3, run:\n\n    git clone https://github.com/example-lab/rag-calibration\n    cd rag-calibration && pip install -e .\n    python scripts/run_eval.py --config configs/nq.yaml --seed 0\n\nResults are written to outputs/nq/metrics.json.",
        "References\n[1] Vaswani, A. et al. Attention is all you need. NeurIPS 2017.\n[2] Lewis, P. et al. Retrieval-augmented generation for knowledge-intensive NLP tasks. NeurIPS 2020. arXiv:2005.11401\n[3] Guo, C. et al. On calibration of modern neural networks. ICML 2017. https://proceedings.mlr.press/v70/guo17a.html",
        "Algorithm 1 Calibrated retrieval\nInput: query q, retriever R, reader M, temperature τ\n1: D ← R(q, k = 20)\n2: for d in D do\n3:   s_d ← M(q, d) / τ\n4: end for\n5: p ← softmax(s)\n6: return argmax p, max p",
    ),
    *each(
        "https://www.biorxiv.org/content/10.1101/2024.11.18.624153v1",
        "other",
        "Reads were trimmed with fastp v0.23.4 (-q 20 -l 50) and aligned to GRCh38 with BWA-MEM2 v2.2.1. Duplicates were marked with Picard MarkDuplicates and variants called with GATK HaplotypeCaller in GVCF mode. Pipeline and parameters: https://github.com/example-lab/wgs-pipeline (commit 4f2a9c1).",
        "Data availability: raw sequencing data have been deposited in the European Nucleotide Archive under accession PRJEB71234. Processed count matrices are on Zenodo (https://doi.org/10.5281/zenodo.1234567).",
    ),
    *each(
        "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0301234",
        "other",
        "Statistical analysis was performed in R 4.3.2. Mixed-effects models were fitted with lme4::lmer(score ~ treatment * time + (1 | subject), data = d). P-values were obtained with lmerTest (Satterthwaite approximation). Effect sizes are reported as Cohen's d with 95% bootstrap CIs (10,000 resamples).",
        "Funding: This work was supported by the National Science Foundation (grant no. 2214587) and the Wellcome Trust (226789/Z/22/Z). The funders had no role in study design, data collection and analysis, decision to publish, or preparation of the manuscript.",
    ),
    *each(
        "https://dl.acm.org/doi/10.1145/3600006.3613140",
        "other",
        "Listing 2: The lock-free enqueue.\n\nvoid enqueue(queue_t *q, node_t *n) {\n    n->next = NULL;\n    node_t *prev = atomic_exchange(&q->tail, n);\n    atomic_store_explicit(&prev->next, n, memory_order_release);\n}\n\nThe exchange on tail linearizes the operation; the store publishes the node to consumers.",
        "Our artifact (DOI 10.5281/zenodo.8312345) contains a Dockerfile; `docker build -t artifact . && docker run --rm -it artifact ./run_all.sh` reproduces Figures 5–8 in about 3 hours on a 16-core machine.",
    ),
    *each(
        "https://www.sciencedirect.com/science/article/pii/S0048733324001234",
        "other",
        "We estimate the following specification: log(Patents_it) = α + β·R&D_it−1 + γ·X_it + μ_i + λ_t + ε_it, where μ_i and λ_t are firm and year fixed effects. Standard errors are clustered at the firm level. Table 4 reports β = 0.31 (s.e. 0.07).",
        "Keywords: innovation policy; R&D tax credits; patents; difference-in-differences\nJEL classification: O31, O38, H25\nReceived 2 March 2024; Received in revised form 14 August 2024; Accepted 30 September 2024",
    ),
    *each(
        "https://scholar.google.com/scholar?cluster=1182739441827",
        "other",
        "@article{lindqvist2024calibration,\n  title   = {Calibrating Retrieval-Augmented Models},\n  author  = {Lindqvist, Marta and Osei, Kwame},\n  journal = {Transactions on Machine Learning Research},\n  year    = {2024},\n  url     = {https://openreview.net/forum?id=Xk2Lp9},\n}",
    ),
    *each(
        "https://mail.google.com/mail/u/0/#inbox",
        "other",
        'Dear Dr. Osei,\n\nThank you for submitting your manuscript "Calibrating retrieval-augmented models" (TMLR #2481). Reviewer 2 asks for an ablation without the reranker and a comparison to conformal prediction. Please submit your revision via OpenReview within 4 weeks.\n\nBest regards,\nAction Editor',
        "Reviewer comments (R1): The paper is clearly written. Concerns: (a) the baselines in Table 2 use a different retriever (BM25 vs Contriever); (b) the claim in §5 that the method 'eliminates' overconfidence is too strong; (c) please release the evaluation script. Score: 6 (weak accept).",
    ),
]

UI_STRINGS = [
    *each(
        "https://github.com/example-org/app/blob/main/src/locales/de.json",
        "other",
        '{\n  "settings.title": "Einstellungen",\n  "settings.account.delete": "Konto löschen",\n  "settings.account.delete.confirm": "Möchten Sie Ihr Konto wirklich löschen? Dies kann nicht rückgängig gemacht werden.",\n  "auth.password.reset": "Passwort zurücksetzen",\n  "auth.code.sent": "Wir haben einen Code an {email} gesendet."\n}',
        '{\n  "errors.network": "Keine Verbindung. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.",\n  "errors.session_expired": "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",\n  "update.available": "Eine neue Version ist verfügbar. Jetzt aktualisieren?"\n}',
    ),
    *each(
        "https://github.com/example-org/app/blob/main/res/values-fr/strings.xml",
        "other",
        '<resources>\n    <string name="app_name">Carnet</string>\n    <string name="login_button">Se connecter</string>\n    <string name="verify_email">Vérifiez votre adresse e-mail pour continuer.</string>\n    <string name="permission_camera">Carnet a besoin de l\\\'accès à l\\\'appareil photo pour scanner les reçus.</string>\n    <string name="run_backup_now">Lancer la sauvegarde maintenant</string>\n</resources>',
    ),
    *each(
        "https://github.com/example-org/app/blob/main/po/es.po",
        "other",
        '#: src/ui/dialogs.c:214\nmsgid "Press Enter to continue or Esc to cancel."\nmsgstr "Pulse Intro para continuar o Esc para cancelar."\n\n#: src/ui/dialogs.c:231\n#, c-format\nmsgid "Copy the code below and paste it in the terminal: %s"\nmsgstr "Copie el código de abajo y péguelo en la terminal: %s"',
        '#: src/auth.c:88\nmsgid "Your verification code is %s. It expires in 10 minutes."\nmsgstr "Su código de verificación es %s. Caduca en 10 minutos."',
    ),
    *each(
        "https://github.com/example-org/app/blob/main/Localizable.strings",
        "other",
        '/* Onboarding */\n"onboarding.welcome" = "ようこそ！";\n"onboarding.allow_notifications" = "通知を許可すると、新しいメッセージをすぐに受け取れます。";\n"settings.signout" = "サインアウト";\n"error.generic" = "問題が発生しました。しばらくしてからもう一度お試しください。";',
    ),
    *each(
        "https://crowdin.com/project/example-app/pt-BR",
        "other",
        'Source: "Open Settings > Privacy & Security and allow the app to record your screen."\nTranslation (pt-BR): "Abra Ajustes > Privacidade e Segurança e permita que o app grave sua tela."',
        'Source: "Press Windows + R, type %appdata% and press Enter to open your app data folder."\nTranslation (pt-BR): "Pressione Windows + R, digite %appdata% e pressione Enter para abrir a pasta de dados do app."',
        'Source: "Your trial ends in {days} days. Upgrade to keep your projects."\nTranslation (pt-BR): "Seu teste termina em {days} dias. Faça upgrade para manter seus projetos."',
    ),
    *each(
        "https://github.com/example-org/app/blob/main/locales/ru.ftl",
        "other",
        "welcome-user = Добро пожаловать, { $name }!\nunread-emails = { $count ->\n    [one] У вас { $count } непрочитанное письмо.\n    [few] У вас { $count } непрочитанных письма.\n   *[other] У вас { $count } непрочитанных писем.\n}\nconfirm-delete = Удалить файл «{ $file }»?",
    ),
    *each(
        "https://github.com/example-org/app/blob/main/i18n/zh-CN.yaml",
        "other",
        "zh-CN:\n  login:\n    title: 登录\n    password: 密码\n    forgot: 忘记密码？\n    two_factor: 请输入身份验证器应用中的6位验证码\n  errors:\n    rate_limited: 请求过于频繁，请稍后再试。",
    ),
    *each(
        "https://github.com/example-org/app/blob/main/src/i18n/it.ts",
        "other",
        "export default {\n  cart: {\n    empty: 'Il carrello è vuoto',\n    checkout: 'Procedi al pagamento',\n    total: 'Totale: {amount}',\n  },\n  errors: {\n    card_declined: 'La carta è stata rifiutata. Prova un altro metodo di pagamento.',\n  },\n};",
    ),
    *each(
        "https://github.com/example-org/app/blob/main/resources/lang/tr/messages.php",
        "other",
        "<?php\nreturn [\n    'welcome' => 'Hoş geldiniz, :name!',\n    'password_reset_sent' => 'Şifre sıfırlama bağlantısı e-posta adresinize gönderildi.',\n    'account_locked' => 'Çok fazla başarısız deneme. Hesabınız 15 dakika kilitlendi.',\n];",
    ),
    *each(
        "https://github.com/example-org/app/blob/main/src/locales/pl/common.json",
        "other",
        '{"download": "Pobierz", "install_update": "Zainstaluj aktualizację i uruchom ponownie", "copied": "Skopiowano do schowka", "paste_hint": "Wklej link tutaj (Ctrl+V)"}',
    ),
]
