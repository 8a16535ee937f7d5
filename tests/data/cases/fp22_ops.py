"""fpover22 texts: release managers' signing and verification commands (gpg --verify, cosign,
minisign, sha256sum -c, signify, slsa-verifier), sysadmins' configuration-management runs from the
company's own servers (ansible-pull, salt-call, puppet agent, chef-client), and SRE runbooks
(kubectl exec/debug, curl to internal health endpoints with tokens in variables). Own words;
invented companies on reserved names."""

from fp22_dev import each

# --- verifying and signing releases --------------------------------------------------------
SIGNING = [
    *each(
        "https://www.kernel.org/signature.html",
        "terminal",
        "gpg2 --locate-keys torvalds@kernel.org gregkh@kernel.org",
        "xz -cd linux-6.12.4.tar.xz | gpg2 --verify linux-6.12.4.tar.sign -",
    ),
    *each(
        "https://tails.net/install/expert/index.en.html",
        "terminal",
        "wget https://tails.net/tails-signing.key\ngpg --import < tails-signing.key",
        "gpg --verify tails-amd64-6.10.img.sig tails-amd64-6.10.img",
    ),
    *each(
        "https://ubuntu.com/tutorials/how-to-verify-ubuntu",
        "terminal",
        "gpg --keyid-format long --verify SHA256SUMS.gpg SHA256SUMS",
        "sha256sum -c SHA256SUMS 2>&1 | grep OK",
        "gpg --keyid-format long --keyserver hkp://keyserver.ubuntu.com --recv-keys 0x46181433FBB75451 0xD94AA3F0EFE21092",
    ),
    *each(
        "https://www.debian.org/CD/verify",
        "terminal",
        "gpg --keyserver keyring.debian.org --recv-keys DF9B9C49EAA9298432589D76DA87E80D6294BE9B",
        "gpg --verify SHA512SUMS.sign SHA512SUMS && sha512sum --ignore-missing -c SHA512SUMS",
    ),
    *each(
        "https://docs.sigstore.dev/cosign/verifying/verify/",
        "terminal",
        "cosign verify --certificate-identity=name@example.com --certificate-oidc-issuer=https://accounts.example.com gcr.io/user/demo",
        "cosign verify-blob --bundle artifact.sigstore.json --certificate-identity-regexp '.*@example.com' --certificate-oidc-issuer-regexp '.*' artifact.tar.gz",
        "cosign verify --key cosign.pub $IMAGE_URI:1h",
    ),
    *each(
        "https://kubernetes.io/docs/tasks/administer-cluster/verify-signed-artifacts/",
        "terminal",
        'URL=https://dl.k8s.io/release/v1.31.0/bin/linux/amd64\nBINARY=kubectl\nFILES=("$BINARY" "$BINARY.sig" "$BINARY.cert")\nfor FILE in "${FILES[@]}"; do curl -sSfL --retry 3 --retry-delay 3 "$URL/$FILE" -o "$FILE"; done',
        'cosign verify-blob "$BINARY" --signature "$BINARY".sig --certificate "$BINARY".cert --certificate-identity krel-staging@k8s-releng-prod.iam.gserviceaccount.com --certificate-oidc-issuer https://accounts.google.com',
    ),
    *each(
        "https://jedisct1.github.io/minisign/",
        "terminal",
        "minisign -Vm myfile.txt -P RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
        "minisign -G -p ~/.minisign/release.pub -s ~/.minisign/release.key",
        "minisign -Sm dist/app-1.4.0.tar.gz -t 'app 1.4.0 release'",
    ),
    *each(
        "https://github.com/slsa-framework/slsa-verifier",
        "terminal",
        "go install github.com/slsa-framework/slsa-verifier/v2/cli/slsa-verifier@v2.6.0",
        "slsa-verifier verify-artifact slsa-test-linux-amd64 --provenance-path slsa-test-linux-amd64.intoto.jsonl --source-uri github.com/slsa-framework/slsa-test-generic --source-tag v0.0.2",
    ),
    *each(
        "https://docs.github.com/en/actions/security-for-github-actions/using-artifact-attestations/using-artifact-attestations-to-establish-provenance-for-builds",
        "terminal",
        "gh attestation verify PATH/TO/YOUR/BUILD/ARTIFACT-BINARY -R ORGANIZATION_NAME/REPOSITORY_NAME",
        "gh attestation verify oci://ghcr.io/octo-org/app:1.2.3 --owner octo-org",
    ),
    *each(
        "https://www.openbsd.org/faq/faq4.html",
        "terminal",
        "signify -Cp /etc/signify/openbsd-76-base.pub -x SHA256.sig install76.img",
    ),
    *each(
        "https://nodejs.org/en/download/",
        "terminal",
        'curl -fsSLO --compressed "https://nodejs.org/dist/v22.12.0/SHASUMS256.txt.asc"\ngpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc\ngrep " node-v22.12.0-linux-x64.tar.xz\\$" SHASUMS256.txt | sha256sum -c -',
    ),
    *each(
        "https://www.python.org/downloads/metadata/sigstore/",
        "terminal",
        "python -m sigstore verify identity --bundle Python-3.13.1.tgz.sigstore --cert-identity thomas@python.org --cert-oidc-issuer https://accounts.google.com Python-3.13.1.tgz",
    ),
    *each(
        "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/get-filehash",
        "terminal",
        "(Get-FileHash .\\PowerShell-7.4.6-win-x64.msi -Algorithm SHA256).Hash -eq 'B6F6E5D7A1C2...'",
        "Get-AuthenticodeSignature .\\PowerShell-7.4.6-win-x64.msi | Format-List Status, SignerCertificate",
        "certutil -hashfile .\\PowerShell-7.4.6-win-x64.msi SHA256",
    ),
    *each(
        "https://wiki.northwind.example/display/REL/Cutting+a+release",
        "terminal",
        "git tag -s v3.8.0 -m 'Release 3.8.0' && git push origin v3.8.0",
        "gpg --armor --detach-sign dist/northwind-cli-3.8.0-linux-amd64.tar.gz",
        "sha256sum dist/*.tar.gz > dist/SHA256SUMS && gpg --clearsign dist/SHA256SUMS",
        "cosign sign-blob --yes --bundle dist/northwind-cli.sigstore.json dist/northwind-cli-3.8.0-linux-amd64.tar.gz",
        "git verify-tag v3.8.0 && git log --show-signature -1 v3.8.0",
    ),
    *each(
        "https://docs.fedoraproject.org/en-US/quick-docs/fedora-and-red-hat-enterprise-linux/",
        "terminal",
        "curl -O https://fedoraproject.org/fedora.gpg\ngpgv --keyring ./fedora.gpg Fedora-Workstation-41-1.4-x86_64-CHECKSUM\nsha256sum --ignore-missing -c Fedora-Workstation-41-1.4-x86_64-CHECKSUM",
    ),
    *each(
        "https://www.veracrypt.fr/en/Digital%20Signatures.html",
        "terminal",
        "gpg --import VeraCrypt_PGP_public_key.asc\ngpg --verify VeraCrypt_Setup_x64_1.26.15.msi.sig VeraCrypt_Setup_x64_1.26.15.msi",
    ),
    *each(
        "https://docs.docker.com/engine/security/trust/",
        "terminal",
        "export DOCKER_CONTENT_TRUST=1\ndocker pull registry.example.com/admin/demo:1",
        "docker trust inspect --pretty registry.example.com/admin/demo:1",
    ),
]

# --- configuration management from the company's own servers --------------------------------
CONFIG_MGMT = [
    *each(
        "https://wiki.northwind.example/display/OPS/Bootstrapping+a+new+host",
        "terminal",
        "sudo ansible-pull -U https://git.northwind.example/ops/ansible-base.git -C main -i localhost, site.yml",
        "sudo ansible-pull -U git@git.northwind.example:ops/ansible-base.git --accept-host-key -d /var/lib/ansible/local site.yml --tags base,users",
        "echo '*/30 * * * * root ansible-pull -U https://git.northwind.example/ops/ansible-base.git site.yml >> /var/log/ansible-pull.log 2>&1' | sudo tee /etc/cron.d/ansible-pull",
    ),
    *each(
        "https://docs.internal.globex.example/infra/salt/minion",
        "terminal",
        "curl -o bootstrap-salt.sh -L https://salt.globex.example/bootstrap-salt.sh\nsudo sh bootstrap-salt.sh -A salt.globex.example stable 3007",
        "sudo salt-call state.apply base test=True",
        "sudo salt-call --local state.highstate -l debug",
        "sudo salt-call pillar.items | less",
    ),
    *each(
        "https://confluence.initech.example/display/SYS/Puppet+agent",
        "terminal",
        "curl -k https://puppet.initech.example:8140/packages/current/install.bash | sudo bash",
        "sudo /opt/puppetlabs/bin/puppet agent -t --server puppet.initech.example --environment production",
        "sudo puppet agent --test --noop",
        "sudo puppet ssl clean && sudo puppet agent -t --waitforcert 60",
        "[Net.ServicePointManager]::ServerCertificateValidationCallback = {$true}; $webClient = New-Object System.Net.WebClient; $webClient.DownloadFile('https://puppet.initech.example:8140/packages/current/install.ps1', 'install.ps1'); .\\install.ps1 -v",
    ),
    *each(
        "https://wiki.tailspin.example/ops/chef/bootstrap",
        "terminal",
        "knife bootstrap web-07.tailspin.example -U ubuntu --sudo -N web-07 -r 'role[web]' --policy-group prod",
        "curl -L https://chef.tailspin.example/install.sh | sudo bash -s -- -v 18",
        "sudo chef-client -o 'recipe[tailspin_base::default]' --once",
        "sudo chef-client --chef-license accept --server https://chef.tailspin.example/organizations/tailspin",
    ),
    *each(
        "https://docs.ansible.com/ansible/latest/cli/ansible-pull.html",
        "terminal",
        "ansible-pull -U https://github.com/example/playbooks.git -C main local.yml",
    ),
    *each(
        "https://docs.saltproject.io/salt/install-guide/en/latest/topics/bootstrap.html",
        "terminal",
        "curl -o bootstrap-salt.sh -L https://github.com/saltstack/salt-bootstrap/releases/latest/download/bootstrap-salt.sh\nsudo sh bootstrap-salt.sh -P stable 3007.1",
        "curl -L https://github.com/saltstack/salt-bootstrap/releases/latest/download/bootstrap-salt.ps1 -o bootstrap-salt.ps1; .\\bootstrap-salt.ps1 -Version 3007.1",
    ),
    *each(
        "https://www.puppet.com/docs/puppet/8/install_agents.html",
        "terminal",
        "wget https://apt.puppet.com/puppet8-release-jammy.deb && sudo dpkg -i puppet8-release-jammy.deb && sudo apt-get update && sudo apt-get install puppet-agent",
        "msiexec /qn /norestart /i puppet-agent-8.10.0-x64.msi PUPPET_SERVER=puppet.example.com",
    ),
    *each(
        "https://docs.chef.io/install_omnibus/",
        "terminal",
        "curl -L https://omnitruck.chef.io/install.sh | sudo bash -s -- -P chef -v 18",
        ". { iwr -useb https://omnitruck.chef.io/install.ps1 } | iex; install -project chef",
    ),
    *each(
        "https://gitlab.contoso-labs.example/infra/ansible/-/blob/main/README.md",
        "terminal",
        "ansible-playbook -i inventories/prod site.yml --limit 'web*' --check --diff",
        "ansible all -i inventories/prod -m ansible.builtin.shell -a 'uptime' --become",
        "ansible-vault edit group_vars/prod/vault.yml",
    ),
]

# --- SRE runbooks ----------------------------------------------------------------------------
RUNBOOKS = [
    *each(
        "https://runbooks.northwind.example/payments/high-latency",
        "terminal",
        "kubectl -n payments exec -it deploy/payments-api -- curl -s localhost:8080/healthz",
        "kubectl -n payments debug -it pod/payments-api-7c9f8d6b5-x2kq4 --image=nicolaka/netshoot --target=payments-api",
        'curl -s -H "Authorization: Bearer $PAYMENTS_ADMIN_TOKEN" https://payments.internal.northwind.example/admin/health | jq .',
        "kubectl -n payments rollout restart deploy/payments-api && kubectl -n payments rollout status deploy/payments-api",
        "kubectl -n payments logs deploy/payments-api --since=15m | grep -i timeout | tail -50",
    ),
    *each(
        "https://wiki.globex.example/display/SRE/Runbook+-+Postgres+replica+lag",
        "terminal",
        "kubectl -n db exec -it postgres-replica-0 -- psql -U postgres -c 'select now() - pg_last_xact_replay_timestamp();'",
        'TOKEN=$(vault read -field=token secret/sre/grafana)\ncurl -s -H "Authorization: Bearer $TOKEN" "https://grafana.globex.example/api/alerts?state=alerting" | jq \'.[].name\'',
        "kubectl debug node/ip-10-2-14-7.ec2.internal -it --image=busybox -- chroot /host journalctl -u kubelet --since '-30m'",
    ),
    *each(
        "https://runbooks.tailspin.example/edge/5xx-spike",
        "terminal",
        'for h in edge-{01..06}.tailspin.example; do echo $h; curl -sf -H "X-Health-Token: $EDGE_HEALTH_TOKEN" https://$h/-/ready || echo DOWN; done',
        "kubectl -n ingress-nginx exec deploy/ingress-nginx-controller -- cat /etc/nginx/nginx.conf | grep -n upstream",
        "kubectl get events -A --sort-by=.lastTimestamp | tail -40",
    ),
    *each(
        "https://kubernetes.io/docs/tasks/debug/debug-application/debug-running-pod/",
        "terminal",
        "kubectl debug -it ephemeral-demo --image=busybox:1.28 --target=ephemeral-demo",
        "kubectl debug myapp -it --copy-to=myapp-debug --container=myapp -- sh",
        "kubectl exec -it cassandra -- sh -c 'nodetool status'",
    ),
    *each(
        "https://gitlab.contoso-labs.example/sre/runbooks/-/blob/main/redis-memory.md",
        "terminal",
        'kubectl -n cache exec -it redis-0 -- redis-cli -a "$REDIS_PASSWORD" info memory',
        "kubectl -n cache port-forward svc/redis 6379:6379 &\nredis-cli -h 127.0.0.1 --bigkeys",
        "curl -sS -u \"sre:$ALERTMANAGER_PASS\" -X POST https://alertmanager.contoso-labs.example/api/v2/silences -H 'Content-Type: application/json' -d @silence.json",
    ),
    *each(
        "https://runbooks.northwind.example/windows/iis-app-pool",
        "terminal",
        "Invoke-Command -ComputerName web-iis-03 -ScriptBlock { Restart-WebAppPool -Name 'NorthwindPortal' }",
        'Invoke-RestMethod -Uri https://portal.internal.northwind.example/health -Headers @{ Authorization = "Bearer $env:PORTAL_HEALTH_TOKEN" }',
        "Get-WinEvent -ComputerName web-iis-03 -LogName Application -MaxEvents 50 | Where-Object LevelDisplayName -eq 'Error'",
    ),
    *each(
        "https://docs.internal.globex.example/sre/oncall/kafka",
        "terminal",
        "kubectl -n kafka exec -it kafka-0 -- bin/kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group orders",
        "kubectl -n kafka exec kafka-0 -- bash -c 'df -h /var/lib/kafka'",
        'aws ssm start-session --target i-0a1b2c3d4e5f67890 --document-name AWS-StartInteractiveCommand --parameters command="sudo systemctl status kafka"',
    ),
    *each(
        "https://sre.google/workbook/on-call/",
        "other",
        "During an incident, the on-call engineer first mitigates — roll back, drain the cluster, or fail over — and only then debugs the root cause.",
    ),
]
