"""fpover22 texts: developer onboarding pages (own words; invented companies on reserved names,
real projects' install lines as their own docs give them): dotfiles bootstrap scripts from the
developer's own repository, devcontainer and Codespaces set-up, Nix and Guix installers, version
managers (asdf, mise, proto, volta, fnm, nvm, pyenv, sdkman), each from the page that gives it."""


def each(source, target, *texts):
    return [(source, target, t) for t in texts]


# --- dotfiles: a developer's own repository, read on its own GitHub/GitLab page ----------------
DOTFILES = [
    *each(
        "https://github.com/mkowalski/dotfiles/blob/main/README.md",
        "terminal",
        "git clone https://github.com/mkowalski/dotfiles.git ~/.dotfiles && ~/.dotfiles/install.sh",
        'sh -c "$(curl -fsLS get.chezmoi.io)" -- init --apply mkowalski',
        "cd ~/.dotfiles && ./install.sh --only zsh,tmux,nvim",
        "ln -sf ~/.dotfiles/zsh/.zshrc ~/.zshrc && ln -sf ~/.dotfiles/git/.gitconfig ~/.gitconfig",
    ),
    *each(
        "https://github.com/ayesha-rahman/dotfiles",
        "terminal",
        "curl -fsSL https://raw.githubusercontent.com/ayesha-rahman/dotfiles/main/bootstrap.sh | bash",
        'bash -c "$(curl -fsSL https://raw.githubusercontent.com/ayesha-rahman/dotfiles/main/bootstrap.sh)" -- --no-brew',
        "git clone --bare https://github.com/ayesha-rahman/dotfiles.git $HOME/.cfg\nalias config='/usr/bin/git --git-dir=$HOME/.cfg/ --work-tree=$HOME'\nconfig checkout",
    ),
    *each(
        "https://gitlab.com/tjeerd.devries/dotfiles/-/blob/main/README.md",
        "terminal",
        "curl -fsSL https://gitlab.com/tjeerd.devries/dotfiles/-/raw/main/setup.sh | sh",
        "stow -v -t ~ zsh git nvim alacritty",
    ),
    *each(
        "https://github.com/jlindqvist/dotfiles/blob/main/README.md",
        "terminal",
        "chezmoi init --apply https://github.com/jlindqvist/dotfiles.git",
        "yadm clone https://github.com/jlindqvist/dotfiles.git && yadm bootstrap",
        "brew bundle --file ~/.dotfiles/Brewfile",
    ),
    *each(
        "https://github.com/rfernandes/dotfiles-windows",
        "terminal",
        "irm https://raw.githubusercontent.com/rfernandes/dotfiles-windows/main/bootstrap.ps1 | iex",
        "git clone https://github.com/rfernandes/dotfiles-windows $HOME\\dotfiles; & $HOME\\dotfiles\\setup.ps1",
        "winget import -i $HOME\\dotfiles\\winget.json --accept-package-agreements",
    ),
    *each(
        "https://dev.mkowalski.example/posts/my-dotfiles-2026",
        "terminal",
        "curl -fsSL https://dev.mkowalski.example/dot | bash",
        "chezmoi init --apply --verbose git@github.com:mkowalski/dotfiles.git",
    ),
    *each(
        "https://handbook.northwind.example/engineering/laptop",
        "terminal",
        "curl -fsSL https://handbook.northwind.example/laptop/mac | zsh",
        "git clone git@git.northwind.example:eng/laptop.git ~/laptop && ~/laptop/mac 2>&1 | tee ~/laptop.log",
    ),
]

# --- devcontainers and Codespaces: the project's own docs or repository ---------------------
DEVCONTAINERS = [
    *each(
        "https://code.visualstudio.com/docs/devcontainers/devcontainer-cli",
        "terminal",
        "npm install -g @devcontainers/cli",
        "devcontainer up --workspace-folder .",
        "devcontainer exec --workspace-folder . npm test",
        "devcontainer build --workspace-folder . --image-name my-app-dev:latest",
    ),
    *each(
        "https://docs.github.com/en/codespaces/developing-in-a-codespace/using-github-codespaces-with-github-cli",
        "terminal",
        "gh codespace create --repo octo-org/web-app --branch main --machine basicLinux32gb",
        "gh codespace ssh -c octo-org-web-app-5g6rq9xj",
        "gh codespace ports forward 3000:3000 -c octo-org-web-app-5g6rq9xj",
        "gh codespace cp -e 'remote:/workspaces/web-app/dump.sql' ./dump.sql",
    ),
    *each(
        "https://github.com/globex-eng/payments-api/blob/main/CONTRIBUTING.md",
        "terminal",
        "docker compose -f .devcontainer/docker-compose.yml up -d db redis",
        "bash .devcontainer/post-create.sh",
        "make devcontainer && code --folder-uri vscode-remote://dev-container+$(pwd | xxd -p -c 256)/workspaces/payments-api",
    ),
    *each(
        "https://containers.dev/implementors/features/",
        "other",
        '"features": {\n  "ghcr.io/devcontainers/features/docker-in-docker:2": {},\n  "ghcr.io/devcontainers/features/node:1": { "version": "20" }\n}',
        '"postCreateCommand": "curl -fsSL https://bun.sh/install | bash && bun install"',
    ),
    *each(
        "https://www.gitpod.io/docs/configure/workspaces/tasks",
        "other",
        "tasks:\n  - init: npm ci && npm run build\n    command: npm run dev\n  - command: curl -fsSL https://deno.land/install.sh | sh",
    ),
    *each(
        "https://coder.com/docs/install",
        "terminal",
        "curl -L https://coder.com/install.sh | sh",
        "curl -L https://coder.com/install.sh | sh -s -- --dry-run",
    ),
    *each(
        "https://daytona.example/docs/installation",
        "terminal",
        "curl -sfL https://download.daytona.example/daytona/install.sh | sudo bash",
    ),
]

# --- Nix and Guix -------------------------------------------------------------------------
NIX_GUIX = [
    *each(
        "https://nixos.org/download/",
        "terminal",
        "sh <(curl -L https://nixos.org/nix/install) --daemon",
        "sh <(curl -L https://nixos.org/nix/install) --no-daemon",
        'nix-shell -p nix-info --run "nix-info -m"',
    ),
    *each(
        "https://nix.dev/manual/nix/2.24/installation/uninstall",
        "terminal",
        "sudo launchctl unload /Library/LaunchDaemons/org.nixos.nix-daemon.plist\nsudo rm /Library/LaunchDaemons/org.nixos.nix-daemon.plist",
    ),
    *each(
        "https://nix-community.github.io/home-manager/",
        "terminal",
        "nix-channel --add https://github.com/nix-community/home-manager/archive/master.tar.gz home-manager\nnix-channel --update\nnix-shell '<home-manager>' -A install",
        "nix run home-manager/master -- init --switch",
    ),
    *each(
        "https://github.com/LnL7/nix-darwin",
        "terminal",
        "sudo nix run nix-darwin/master#darwin-rebuild -- switch",
    ),
    *each(
        "https://devenv.sh/getting-started/",
        "terminal",
        "nix profile install nixpkgs#devenv",
        "devenv init && devenv shell",
    ),
    *each(
        "https://github.com/nix-community/nix-direnv",
        "terminal",
        "nix profile install nixpkgs#nix-direnv\necho 'source $HOME/.nix-profile/share/nix-direnv/direnvrc' >> ~/.direnvrc",
        'echo "use flake" >> .envrc && direnv allow',
    ),
    *each(
        "https://guix.gnu.org/manual/en/html_node/Binary-Installation.html",
        "terminal",
        "cd /tmp\nwget https://git.savannah.gnu.org/cgit/guix.git/plain/etc/guix-install.sh\nchmod +x guix-install.sh\nsudo ./guix-install.sh",
        "wget 'https://sv.gnu.org/people/viewgpg.php?user_id=127547' -qO - | sudo -i gpg --import -",
        "guix pull && guix package -u",
    ),
    *each(
        "https://wiki.northwind.example/display/ENG/Nix+flakes+for+services",
        "terminal",
        "nix develop git+https://git.northwind.example/platform/flake-templates#go",
        "nix run git+https://git.northwind.example/platform/tools#lint -- ./...",
    ),
    *each(
        "https://flakehub.com/flake/DeterminateSystems/fh",
        "terminal",
        'nix profile install "https://flakehub.com/f/DeterminateSystems/fh/*.tar.gz"',
    ),
]

# --- version managers ------------------------------------------------------------------------
VERSION_MANAGERS = [
    *each(
        "https://asdf-vm.com/guide/getting-started.html",
        "terminal",
        "git clone https://github.com/asdf-vm/asdf.git ~/.asdf --branch v0.14.1",
        "echo '. \"$HOME/.asdf/asdf.sh\"' >> ~/.bashrc",
        "asdf plugin add nodejs https://github.com/asdf-vm/asdf-nodejs.git\nasdf install nodejs latest\nasdf global nodejs latest",
    ),
    *each(
        "https://mise.jdx.dev/getting-started.html",
        "terminal",
        "curl https://mise.run | sh",
        "echo 'eval \"$(~/.local/bin/mise activate bash)\"' >> ~/.bashrc",
        "mise use --global node@22 python@3.12",
        "winget install jdx.mise",
        "curl https://mise.run | MISE_INSTALL_PATH=/usr/local/bin/mise sh",
    ),
    *each(
        "https://moonrepo.dev/docs/proto/install",
        "terminal",
        "bash <(curl -fsSL https://moonrepo.dev/install/proto.sh)",
        "irm https://moonrepo.dev/install/proto.ps1 | iex",
        "proto install node 20 && proto pin node 20 --resolve",
    ),
    *each(
        "https://docs.volta.sh/guide/getting-started",
        "terminal",
        "curl https://get.volta.sh | bash",
        "curl https://get.volta.sh | bash -s -- --skip-setup",
        "volta install node@20 && volta pin node@20.11.1",
    ),
    *each(
        "https://github.com/Schniz/fnm",
        "terminal",
        "curl -fsSL https://fnm.vercel.app/install | bash",
        'curl -fsSL https://fnm.vercel.app/install | bash -s -- --install-dir "./.fnm" --skip-shell',
        "fnm env --use-on-cd --shell powershell | Out-String | Invoke-Expression",
    ),
    *each(
        "https://github.com/nvm-sh/nvm",
        "terminal",
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
        "wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
        'export NVM_DIR="$HOME/.nvm"\n[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"',
    ),
    *each(
        "https://github.com/pyenv/pyenv-installer",
        "terminal",
        "curl https://pyenv.run | bash",
        "curl -L https://github.com/pyenv/pyenv-installer/raw/master/bin/pyenv-installer | bash",
    ),
    *each(
        "https://github.com/pyenv-win/pyenv-win/blob/master/docs/installation.md",
        "terminal",
        'Invoke-WebRequest -UseBasicParsing -Uri "https://raw.githubusercontent.com/pyenv-win/pyenv-win/master/pyenv-win/install-pyenv-win.ps1" -OutFile "./install-pyenv-win.ps1"; &"./install-pyenv-win.ps1"',
    ),
    *each(
        "https://sdkman.io/install/",
        "terminal",
        'curl -s "https://get.sdkman.io" | bash',
        'curl -s "https://get.sdkman.io?rcupdate=false" | bash',
        'source "$HOME/.sdkman/bin/sdkman-init.sh"\nsdk install java 21.0.5-tem',
    ),
    *each(
        "https://rye.astral.sh/guide/installation/",
        "terminal",
        "curl -sSf https://rye.astral.sh/get | bash",
        'curl -sSf https://rye.astral.sh/get | RYE_INSTALL_OPTION="--yes" bash',
    ),
    *each(
        "https://docs.astral.sh/uv/getting-started/installation/",
        "terminal",
        'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
        "curl -LsSf https://astral.sh/uv/0.5.4/install.sh | sh",
        "wget -qO- https://astral.sh/uv/install.sh | sh",
    ),
    *each(
        "https://github.com/tfutils/tfenv",
        "terminal",
        "git clone --depth=1 https://github.com/tfutils/tfenv.git ~/.tfenv\necho 'export PATH=\"$HOME/.tfenv/bin:$PATH\"' >> ~/.bash_profile",
    ),
    *each(
        "https://github.com/rbenv/rbenv-installer",
        "terminal",
        "curl -fsSL https://rbenv.org/install.sh | bash",
        "curl -fsSL https://github.com/rbenv/rbenv-installer/raw/HEAD/bin/rbenv-installer | bash",
    ),
    *each(
        "https://github.com/coreybutler/nvm-windows",
        "terminal",
        "winget install CoreyButler.NVMforWindows",
        "nvm install lts && nvm use lts",
    ),
    *each(
        "https://wiki.globex.example/display/DEV/Toolchain+versions",
        "terminal",
        "mise trust && mise install",
        "curl https://mise.run | sh && ~/.local/bin/mise install",
        "asdf plugin add golang https://git.globex.example/mirrors/asdf-golang.git && asdf install",
    ),
]
