"""fpover18 texts: infrastructure as code, CI pipelines and container builds (own words)."""

# (source page, target, text); target "other" is an editor or a chat, "terminal" a shell.
IAC = [
    (
        "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/get_url_module.html",
        "other",
        """- name: Download the node exporter release
  ansible.builtin.get_url:
    url: https://github.com/prometheus/node_exporter/releases/download/v1.8.2/node_exporter-1.8.2.linux-amd64.tar.gz
    dest: /tmp/node_exporter.tar.gz
    checksum: sha256:6809dd0b3ec45fd6e992c19071d6b5253aed3ead7bf0686885a51d85c6643c66
    mode: "0644"

- name: Unpack it
  ansible.builtin.unarchive:
    src: /tmp/node_exporter.tar.gz
    dest: /opt/
    remote_src: true""",
    ),
    (
        "https://docs.docker.com/engine/install/ubuntu/",
        "other",
        """- name: Add Docker's GPG key
  ansible.builtin.get_url:
    url: https://download.docker.com/linux/ubuntu/gpg
    dest: /etc/apt/keyrings/docker.asc
    mode: "0644"

- name: Add the Docker apt repository
  ansible.builtin.apt_repository:
    repo: "deb [arch=amd64 signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu {{ ansible_distribution_release }} stable"
    state: present
    filename: docker

- name: Install Docker Engine
  ansible.builtin.apt:
    name: [docker-ce, docker-ce-cli, containerd.io, docker-compose-plugin]
    update_cache: true""",
    ),
    (
        "https://docs.ansible.com/ansible/latest/collections/ansible/windows/win_package_module.html",
        "other",
        """- name: Install 7-Zip from the file share
  ansible.windows.win_package:
    path: \\\\fileserver01\\software\\7z2408-x64.msi
    product_id: '{23170F69-40C1-2702-2408-000001000000}'
    arguments: /quiet /norestart
    state: present

- name: Make sure the print spooler is stopped on kiosks
  ansible.windows.win_service:
    name: Spooler
    start_mode: disabled
    state: stopped""",
    ),
    (
        "https://docs.ansible.com/ansible/latest/collections/ansible/windows/win_regedit_module.html",
        "other",
        r"""- name: Turn off the first-run experience in Edge
  ansible.windows.win_regedit:
    path: HKLM:\SOFTWARE\Policies\Microsoft\Edge
    name: HideFirstRunExperience
    data: 1
    type: dword

- name: Set the NTP server
  ansible.windows.win_regedit:
    path: HKLM:\SYSTEM\CurrentControlSet\Services\W32Time\Parameters
    name: NtpServer
    data: time.windows.com,0x9
    type: string""",
    ),
    (
        "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/shell_module.html",
        "other",
        """- name: Install rustup for the build user
  ansible.builtin.shell: curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  args:
    creates: /home/build/.cargo/bin/rustc
  become: true
  become_user: build""",
    ),
    (
        "https://galaxy.ansible.com/ui/repo/published/community/general/",
        "terminal",
        "ansible-galaxy collection install community.general ansible.posix community.docker --upgrade",
    ),
    (
        "https://docs.ansible.com/ansible/latest/command_guide/intro_adhoc.html",
        "terminal",
        "ansible webservers -i inventory/prod.ini -m ansible.builtin.shell -a 'systemctl restart nginx && systemctl is-active nginx' --become -f 10",
    ),
    (
        "https://docs.ansible.com/ansible/latest/command_guide/intro_adhoc.html",
        "terminal",
        "ansible all -i hosts.yml -m ansible.builtin.apt -a 'upgrade=dist update_cache=yes autoremove=yes' --become --limit 'db:!db-primary'",
    ),
    (
        "https://developer.hashicorp.com/terraform/install",
        "terminal",
        """wget -O - https://apt.releases.hashicorp.com/gpg | sudo gpg --dearmor -o /usr/share/keyrings/hashicorp-archive-keyring.gpg
echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/hashicorp-archive-keyring.gpg] https://apt.releases.hashicorp.com $(lsb_release -cs) main" | sudo tee /etc/apt/sources.list.d/hashicorp.list
sudo apt update && sudo apt install terraform""",
    ),
    (
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/instance",
        "other",
        """resource "aws_instance" "runner" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.medium"
  subnet_id     = aws_subnet.private_a.id

  user_data = <<-EOT
    #!/bin/bash
    set -euo pipefail
    curl -fsSL https://get.docker.com -o /tmp/get-docker.sh
    sh /tmp/get-docker.sh
    usermod -aG docker ubuntu
  EOT

  tags = {
    Name = "ci-runner-${var.env}"
  }
}""",
    ),
    (
        "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/virtual_machine_extension",
        "other",
        """resource "azurerm_virtual_machine_extension" "bootstrap" {
  name                 = "bootstrap"
  virtual_machine_id   = azurerm_windows_virtual_machine.jump.id
  publisher            = "Microsoft.Compute"
  type                 = "CustomScriptExtension"
  type_handler_version = "1.10"

  settings = jsonencode({
    commandToExecute = "powershell -ExecutionPolicy Unrestricted -File bootstrap.ps1"
    fileUris         = ["https://${azurerm_storage_account.ops.name}.blob.core.windows.net/scripts/bootstrap.ps1"]
  })
}""",
    ),
    (
        "https://developer.hashicorp.com/terraform/language/resources/provisioners/remote-exec",
        "other",
        """  provisioner "remote-exec" {
    inline = [
      "sudo apt-get update -y",
      "sudo apt-get install -y nginx",
      "sudo systemctl enable --now nginx",
    ]

    connection {
      type        = "ssh"
      user        = "ubuntu"
      private_key = file("~/.ssh/deploy_ed25519")
      host        = self.public_ip
    }
  }""",
    ),
    (
        "https://developer.hashicorp.com/terraform/cli/commands/plan",
        "terminal",
        "terraform init -upgrade && terraform plan -var-file=env/staging.tfvars -out=staging.tfplan && terraform show -no-color staging.tfplan > plan.txt",
    ),
    (
        "https://developer.hashicorp.com/terraform/language/state/remote-state-data",
        "other",
        """terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "acme-tf-state"
    key            = "network/prod/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}""",
    ),
    (
        "https://helm.sh/docs/intro/install/",
        "terminal",
        "curl https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash",
    ),
    (
        "https://helm.sh/docs/intro/install/",
        "terminal",
        """curl https://baltocdn.com/helm/signing.asc | gpg --dearmor | sudo tee /usr/share/keyrings/helm.gpg > /dev/null
sudo apt-get install apt-transport-https --yes
echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/helm.gpg] https://baltocdn.com/helm/stable/debian/ all main" | sudo tee /etc/apt/sources.list.d/helm-stable-debian.list
sudo apt-get update
sudo apt-get install helm""",
    ),
    (
        "https://cert-manager.io/docs/installation/helm/",
        "terminal",
        """helm repo add jetstack https://charts.jetstack.io --force-update
helm install cert-manager jetstack/cert-manager \\
  --namespace cert-manager --create-namespace \\
  --version v1.16.2 \\
  --set crds.enabled=true""",
    ),
    (
        "https://artifacthub.io/packages/helm/ingress-nginx/ingress-nginx",
        "other",
        """controller:
  replicaCount: 2
  service:
    annotations:
      service.beta.kubernetes.io/aws-load-balancer-type: nlb
  metrics:
    enabled: true
  admissionWebhooks:
    patch:
      image:
        registry: registry.k8s.io
  extraArgs:
    enable-ssl-passthrough: "true"
""",
    ),
    (
        "https://helm.sh/docs/chart_template_guide/getting_started/",
        "other",
        """apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "app.fullname" . }}-migrate
  annotations:
    "helm.sh/hook": pre-upgrade,pre-install
    "helm.sh/hook-delete-policy": before-hook-creation
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          command: ["/bin/sh", "-c", "python manage.py migrate --noinput && python manage.py collectstatic --noinput"]""",
    ),
    (
        "https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/",
        "terminal",
        """curl -LO "https://dl.k8s.io/release/$(curl -L -s https://dl.k8s.io/release/stable.txt)/bin/linux/amd64/kubectl"
curl -LO "https://dl.k8s.io/release/$(curl -L -s https://dl.k8s.io/release/stable.txt)/bin/linux/amd64/kubectl.sha256"
echo "$(cat kubectl.sha256)  kubectl" | sha256sum --check
sudo install -o root -g root -m 0755 kubectl /usr/local/bin/kubectl""",
    ),
    (
        "https://kubernetes.io/docs/concepts/workloads/pods/init-containers/",
        "other",
        """apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
spec:
  initContainers:
  - name: fetch-config
    image: curlimages/curl:8.10.1
    command: ['sh', '-c', 'curl -fsS http://config-service.default.svc.cluster.local/app.json -o /work/app.json']
    volumeMounts:
    - name: workdir
      mountPath: /work
  containers:
  - name: myapp
    image: busybox:1.36
    command: ['sh', '-c', 'cat /work/app.json && sleep 3600']""",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "terminal",
        "kubectl run -it --rm debug --image=nicolaka/netshoot --restart=Never -- bash -c 'curl -sv http://orders.default.svc:8080/healthz; dig +short orders.default.svc.cluster.local'",
    ),
    (
        "https://kubernetes.io/docs/reference/kubectl/quick-reference/",
        "terminal",
        'kubectl get pods -A -o jsonpath=\'{range .items[*]}{.metadata.namespace}{"\\t"}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}\' | grep -v Running',
    ),
    (
        "https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/",
        "terminal",
        "kubectl exec -it deploy/api -n payments -- /bin/sh -c 'env | grep -i ^DB_ ; wget -qO- localhost:9090/metrics | head -20'",
    ),
    (
        "https://nixos.org/download/",
        "terminal",
        "sh <(curl -L https://nixos.org/nix/install) --daemon",
    ),
    (
        "https://determinate.systems/nix-installer/",
        "terminal",
        "curl --proto '=https' --tlsv1.2 -sSf -L https://install.determinate.systems/nix | sh -s -- install",
    ),
    (
        "https://nixos.org/manual/nixos/stable/",
        "other",
        """{ config, pkgs, ... }:
{
  imports = [ ./hardware-configuration.nix ];

  boot.loader.systemd-boot.enable = true;
  networking.hostName = "workbench";
  time.timeZone = "Europe/Berlin";

  services.openssh.enable = true;
  services.openssh.settings.PasswordAuthentication = false;

  environment.systemPackages = with pkgs; [ git curl wget htop ripgrep ];

  users.users.anna = {
    isNormalUser = true;
    extraGroups = [ "wheel" "docker" ];
  };

  system.stateVersion = "24.05";
}""",
    ),
    (
        "https://nix.dev/tutorials/first-steps/declarative-shell",
        "other",
        """{ pkgs ? import (fetchTarball "https://github.com/NixOS/nixpkgs/tarball/nixos-24.05") {} }:
pkgs.mkShellNoCC {
  packages = with pkgs; [ cowsay lolcat python312 nodejs_20 ];
  GREETING = "Hello, Nix!";
  shellHook = ''
    echo $GREETING | cowsay | lolcat
  '';
}""",
    ),
    (
        "https://nixos.wiki/wiki/Flakes",
        "terminal",
        "nix run github:nix-community/home-manager -- switch --flake .#anna@workbench",
    ),
    (
        "https://nixos.wiki/wiki/Flakes",
        "terminal",
        "nix --extra-experimental-features 'nix-command flakes' flake update && sudo nixos-rebuild switch --flake /etc/nixos#workbench",
    ),
    (
        "https://www.puppet.com/docs/puppet/8/types/exec.html",
        "other",
        """exec { 'install-composer':
  command => '/usr/bin/curl -sS https://getcomposer.org/installer | /usr/bin/php -- --install-dir=/usr/local/bin --filename=composer',
  creates => '/usr/local/bin/composer',
  path    => ['/usr/bin', '/bin'],
  require => Package['php-cli'],
}""",
    ),
    (
        "https://docs.chef.io/resources/remote_file/",
        "other",
        """remote_file '/tmp/amazon-cloudwatch-agent.deb' do
  source 'https://s3.amazonaws.com/amazoncloudwatch-agent/ubuntu/amd64/latest/amazon-cloudwatch-agent.deb'
  mode '0644'
  action :create
end

dpkg_package 'amazon-cloudwatch-agent' do
  source '/tmp/amazon-cloudwatch-agent.deb'
  action :install
end""",
    ),
    (
        "https://docs.saltproject.io/en/latest/ref/states/all/salt.states.cmd.html",
        "other",
        """install_uv:
  cmd.run:
    - name: curl -LsSf https://astral.sh/uv/install.sh | sh
    - runas: deploy
    - unless: test -x /home/deploy/.local/bin/uv

nginx:
  pkg.installed: []
  service.running:
    - enable: True
    - watch:
      - file: /etc/nginx/nginx.conf""",
    ),
    (
        "https://cloudinit.readthedocs.io/en/latest/reference/examples.html",
        "other",
        """#cloud-config
package_update: true
packages:
  - git
  - jq
  - unattended-upgrades
write_files:
  - path: /etc/sysctl.d/99-custom.conf
    content: |
      vm.swappiness = 10
runcmd:
  - curl -fsSL https://tailscale.com/install.sh | sh
  - tailscale up --authkey=${TS_AUTHKEY} --ssh
  - systemctl restart systemd-sysctl""",
    ),
    (
        "https://developer.hashicorp.com/packer/docs/provisioners/powershell",
        "other",
        """build {
  sources = ["source.azure-arm.win2022"]

  provisioner "powershell" {
    inline = [
      "Set-ExecutionPolicy Bypass -Scope Process -Force",
      "[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072",
      "iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
      "choco install -y git 7zip vscode",
    ]
  }

  provisioner "windows-restart" {}
}""",
    ),
    (
        "https://developer.hashicorp.com/vagrant/docs/provisioning/shell",
        "other",
        """Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-24.04"
  config.vm.network "forwarded_port", guest: 8080, host: 8080
  config.vm.provision "shell", inline: <<-SHELL
    apt-get update
    apt-get install -y openjdk-21-jre-headless
    curl -fsSL https://pkg.jenkins.io/debian-stable/jenkins.io-2023.key -o /usr/share/keyrings/jenkins-keyring.asc
  SHELL
end""",
    ),
    (
        "https://learn.microsoft.com/en-us/powershell/dsc/overview",
        "other",
        """Configuration WebServer {
    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Node 'web01' {
        WindowsFeature IIS {
            Ensure = 'Present'
            Name   = 'Web-Server'
        }
        Service W3SVC {
            Name        = 'W3SVC'
            StartupType = 'Automatic'
            State       = 'Running'
            DependsOn   = '[WindowsFeature]IIS'
        }
    }
}
WebServer -OutputPath C:\\DSC\\WebServer
Start-DscConfiguration -Path C:\\DSC\\WebServer -Wait -Verbose""",
    ),
    (
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-instance.html",
        "other",
        """  WebServer:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref LatestAmiId
      InstanceType: t3.small
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash -xe
          dnf install -y httpd
          systemctl enable --now httpd
          /opt/aws/bin/cfn-signal -e $? --stack ${AWS::StackName} --resource WebServer --region ${AWS::Region}""",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/azure-resource-manager/bicep/deploy-cli",
        "terminal",
        "az deployment group create --resource-group rg-app-prod --template-file main.bicep --parameters @params.prod.json --what-if",
    ),
    (
        "https://docs.docker.com/compose/compose-file/05-services/",
        "other",
        """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 10s
  web:
    build: .
    command: sh -c "python manage.py migrate && gunicorn app.wsgi -b 0.0.0.0:8000"
    ports:
      - "8000:8000"
    depends_on:
      db:
        condition: service_healthy""",
    ),
]

CI = [
    (
        "https://docs.github.com/en/actions/use-cases-and-examples/building-and-testing/building-and-testing-python",
        "other",
        """name: tests
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python-version: ["3.11", "3.12", "3.13"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{ matrix.python-version }}
      - name: Install uv
        run: curl -LsSf https://astral.sh/uv/install.sh | sh
      - run: uv sync --all-extras
      - run: uv run pytest -q""",
    ),
    (
        "https://github.com/codecov/codecov-action",
        "other",
        """      - name: Upload coverage
        uses: codecov/codecov-action@v4
        with:
          token: ${{ secrets.CODECOV_TOKEN }}
          files: ./coverage.xml
          fail_ci_if_error: true""",
    ),
    (
        "https://docs.gitlab.com/ee/ci/yaml/",
        "other",
        """stages: [build, test, deploy]

variables:
  DOCKER_DRIVER: overlay2

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache curl bash
    - curl -fsSL https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 | bash
  script:
    - helm upgrade --install web ./chart --set image.tag=$CI_COMMIT_SHORT_SHA
  only: [main]""",
    ),
    (
        "https://circleci.com/docs/configuration-reference/",
        "other",
        """version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
    steps:
      - checkout
      - restore_cache:
          keys: [deps-{{ checksum "package-lock.json" }}]
      - run: npm ci
      - run:
          name: Install Playwright browsers
          command: npx playwright install --with-deps chromium
      - run: npm test -- --reporter=junit
workflows:
  main:
    jobs: [build]""",
    ),
    (
        "https://www.jenkins.io/doc/book/pipeline/syntax/",
        "other",
        """pipeline {
    agent { label 'linux' }
    environment {
        SONAR_TOKEN = credentials('sonar-token')
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build -x test'
            }
        }
        stage('Scan') {
            steps {
                sh 'curl -sSLo sonar.zip https://binaries.sonarsource.com/Distribution/sonar-scanner-cli/sonar-scanner-cli-6.2.1.4610-linux-x64.zip && unzip -q sonar.zip'
                sh './sonar-scanner-6.2.1.4610-linux-x64/bin/sonar-scanner -Dsonar.login=$SONAR_TOKEN'
            }
        }
    }
    post { always { junit 'build/test-results/**/*.xml' } }
}""",
    ),
    (
        "https://learn.microsoft.com/en-us/azure/devops/pipelines/yaml-schema/",
        "other",
        """trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-latest
steps:
  - task: PowerShell@2
    displayName: Install tools
    inputs:
      targetType: inline
      script: |
        choco install -y wixtoolset --version 3.14.1
        Invoke-WebRequest -Uri https://dist.nuget.org/win-x86-commandline/latest/nuget.exe -OutFile $(Build.SourcesDirectory)\\nuget.exe
  - script: dotnet build -c Release
    displayName: Build""",
    ),
    (
        "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables",
        "other",
        """      - name: Install Deno
        shell: bash
        run: |
          curl -fsSL https://deno.land/install.sh | sh -s -- -y
          echo "$HOME/.deno/bin" >> "$GITHUB_PATH"
      - name: Lint
        run: deno lint && deno fmt --check""",
    ),
    (
        "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/running-variations-of-jobs-in-a-workflow",
        "other",
        """  windows:
    runs-on: windows-2022
    steps:
      - uses: actions/checkout@v4
      - name: Install Scoop and tools
        shell: pwsh
        run: |
          irm get.scoop.sh -outfile install.ps1
          .\\install.ps1 -RunAsAdmin
          scoop install ninja cmake
      - run: cmake -B build -G Ninja && cmake --build build""",
    ),
    (
        "https://buildkite.com/docs/pipelines/configure/defining-steps",
        "other",
        """steps:
  - label: ":docker: build"
    command: docker build -t app:${BUILDKITE_COMMIT} .
  - wait
  - label: ":rspec: test"
    command: |
      curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s -- -b $(go env GOPATH)/bin v1.61.0
      make lint test
    plugins:
      - docker-compose#v5.4.0:
          run: app""",
    ),
    (
        "https://docs.drone.io/pipeline/docker/syntax/steps/",
        "other",
        """kind: pipeline
type: docker
name: default

steps:
- name: test
  image: golang:1.23
  commands:
  - go vet ./...
  - go test -race ./...

- name: notify
  image: curlimages/curl
  commands:
  - 'curl -sS -X POST -H "Content-Type: application/json" -d "{\\"text\\":\\"build ${DRONE_BUILD_NUMBER} passed\\"}" $SLACK_WEBHOOK'""",
    ),
    (
        "https://docs.travis-ci.com/user/installing-dependencies/",
        "other",
        """language: python
python: "3.12"
before_install:
  - curl -sSL https://install.python-poetry.org | python3 -
  - export PATH="$HOME/.local/bin:$PATH"
install: poetry install --no-interaction
script: poetry run pytest""",
    ),
    (
        "https://docs.github.com/en/actions/sharing-automations/creating-actions/creating-a-composite-action",
        "other",
        """runs:
  using: composite
  steps:
    - shell: bash
      run: |
        set -euo pipefail
        version="${{ inputs.version }}"
        curl -fsSLo /tmp/tool.tgz "https://github.com/cli/cli/releases/download/v${version}/gh_${version}_linux_amd64.tar.gz"
        tar -xzf /tmp/tool.tgz -C /tmp
        sudo mv /tmp/gh_${version}_linux_amd64/bin/gh /usr/local/bin/gh""",
    ),
    (
        "https://bitbucket.org/product/features/pipelines",
        "other",
        """image: node:20

pipelines:
  default:
    - step:
        name: Build and test
        caches: [node]
        script:
          - corepack enable
          - pnpm install --frozen-lockfile
          - pnpm test
    - step:
        name: Security scan
        script:
          - curl -sfL https://raw.githubusercontent.com/aquasecurity/trivy/main/contrib/install.sh | sh -s -- -b /usr/local/bin
          - trivy fs --exit-code 1 --severity HIGH,CRITICAL .""",
    ),
]

DOCKER = [
    (
        "https://docs.docker.com/build/building/best-practices/",
        "other",
        """FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN apt-get update \\
 && apt-get install -y --no-install-recommends curl ca-certificates \\
 && rm -rf /var/lib/apt/lists/*
COPY --from=ghcr.io/astral-sh/uv:0.4.20 /uv /bin/uv
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev
COPY . .
HEALTHCHECK CMD curl -fs http://localhost:8000/health || exit 1
CMD ["uv", "run", "gunicorn", "app:create_app()", "-b", "0.0.0.0:8000"]""",
    ),
    (
        "https://bun.sh/docs/installation",
        "other",
        """FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y curl unzip && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://bun.sh/install | bash
ENV PATH="/root/.bun/bin:${PATH}"
WORKDIR /srv
COPY . .
RUN bun install --production
CMD ["bun", "run", "start"]""",
    ),
    (
        "https://rustup.rs/",
        "other",
        """FROM ubuntu:24.04 AS build
RUN apt-get update && apt-get install -y build-essential curl pkg-config libssl-dev
RUN curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain 1.82.0
ENV PATH="/root/.cargo/bin:${PATH}"
WORKDIR /src
COPY . .
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian12
COPY --from=build /src/target/release/server /server
ENTRYPOINT ["/server"]""",
    ),
    (
        "https://github.com/nodesource/distributions",
        "other",
        """FROM ubuntu:22.04
RUN apt-get update && apt-get install -y ca-certificates curl gnupg
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - \\
 && apt-get install -y nodejs
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]""",
    ),
    (
        "https://learn.microsoft.com/en-us/virtualization/windowscontainers/manage-docker/manage-windows-dockerfile",
        "other",
        r"""# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]
RUN Invoke-WebRequest -Uri https://aka.ms/vs/17/release/vs_buildtools.exe -OutFile C:\vs_buildtools.exe ; `
    Start-Process C:\vs_buildtools.exe -ArgumentList '--quiet', '--wait', '--norestart', '--nocache', `
      '--add', 'Microsoft.VisualStudio.Workload.VCTools' -Wait ; `
    Remove-Item C:\vs_buildtools.exe
WORKDIR C:\src
CMD ["cmd.exe"]""",
    ),
    (
        "https://docs.docker.com/engine/install/debian/",
        "other",
        """FROM jenkins/jenkins:lts-jdk17
USER root
RUN apt-get update && apt-get install -y lsb-release
RUN curl -fsSLo /usr/share/keyrings/docker-archive-keyring.asc https://download.docker.com/linux/debian/gpg
RUN echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/docker-archive-keyring.asc] https://download.docker.com/linux/debian $(lsb_release -cs) stable" > /etc/apt/sources.list.d/docker.list
RUN apt-get update && apt-get install -y docker-ce-cli
USER jenkins""",
    ),
    (
        "https://github.com/nvm-sh/nvm#installing-and-updating",
        "other",
        """FROM ubuntu:24.04
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN apt-get update && apt-get install -y curl git && rm -rf /var/lib/apt/lists/*
ENV NVM_DIR=/usr/local/nvm NODE_VERSION=20.18.0
RUN mkdir -p $NVM_DIR && curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash \\
 && . $NVM_DIR/nvm.sh && nvm install $NODE_VERSION && nvm alias default $NODE_VERSION""",
    ),
    (
        "https://docs.astral.sh/uv/guides/integration/docker/",
        "other",
        """FROM python:3.12-slim-bookworm
ADD https://astral.sh/uv/install.sh /uv-installer.sh
RUN sh /uv-installer.sh && rm /uv-installer.sh
ENV PATH="/root/.local/bin/:$PATH"
ADD . /app
WORKDIR /app
RUN uv sync --frozen""",
    ),
    (
        "https://ohmyz.sh/#install",
        "other",
        """FROM mcr.microsoft.com/devcontainers/base:ubuntu
RUN apt-get update && apt-get install -y zsh
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)" "" --unattended
RUN chsh -s /usr/bin/zsh vscode""",
    ),
    (
        "https://docs.docker.com/reference/dockerfile/#healthcheck",
        "other",
        """FROM nginx:1.27-alpine
COPY dist/ /usr/share/nginx/html/
COPY nginx.conf /etc/nginx/conf.d/default.conf
RUN apk add --no-cache curl
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1
EXPOSE 80""",
    ),
    (
        "https://code.visualstudio.com/docs/devcontainers/create-dev-container",
        "other",
        """{
  "name": "api",
  "image": "mcr.microsoft.com/devcontainers/python:3.12",
  "features": {
    "ghcr.io/devcontainers/features/docker-in-docker:2": {},
    "ghcr.io/devcontainers/features/node:1": { "version": "20" }
  },
  "postCreateCommand": "pip install -r requirements-dev.txt && pre-commit install",
  "forwardPorts": [8000, 5432],
  "customizations": { "vscode": { "extensions": ["ms-python.python", "charliermarsh.ruff"] } }
}""",
    ),
    (
        "https://pnpm.io/installation",
        "other",
        """FROM node:20-slim AS base
ENV PNPM_HOME="/pnpm"
ENV PATH="$PNPM_HOME:$PATH"
RUN corepack enable
COPY . /app
WORKDIR /app
FROM base AS prod-deps
RUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --prod --frozen-lockfile""",
    ),
]
