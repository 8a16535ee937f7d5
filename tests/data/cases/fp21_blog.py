"""fpover21 texts: tutorials and blog posts quoting third-party installers (rustup, nvm, brew, oh my
zsh, deno, bun, uv, pyenv, sdkman...) whose host is the project's own, and posts quoting the
author's own project's installer from the author's own site (own words)."""

from fp21_corp import each

BLOG_INSTALLERS = [
    *each(
        "https://dev.to/mkowalski/setting-up-a-rust-dev-environment-on-wsl2-in-2025-3k1f",
        "terminal",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain stable",
        "rustup component add clippy rustfmt rust-analyzer && cargo install cargo-watch",
    ),
    *each(
        "https://medium.com/@lena.vogt/my-2025-mac-setup-for-web-development-8f3a1c2d9e7b",
        "terminal",
        '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"',
        'echo \'eval "$(/opt/homebrew/bin/brew shellenv)"\' >> ~/.zprofile\neval "$(/opt/homebrew/bin/brew shellenv)"',
        'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
        "curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash\nnvm install --lts",
    ),
    *each(
        "https://www.freecodecamp.org/news/how-to-install-node-js-on-ubuntu/",
        "terminal",
        "wget -qO- https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh | bash",
        "curl -fsSL https://fnm.vercel.app/install | bash",
        "curl -fsSL https://deb.nodesource.com/setup_22.x -o nodesource_setup.sh\nsudo -E bash nodesource_setup.sh\nsudo apt-get install -y nodejs",
    ),
    *each(
        "https://blog.logrocket.com/deno-vs-bun-vs-node-2025/",
        "terminal",
        "curl -fsSL https://deno.land/install.sh | sh",
        "curl -fsSL https://bun.sh/install | bash",
        "irm bun.sh/install.ps1 | iex",
        "irm https://deno.land/install.ps1 | iex",
    ),
    *each(
        "https://realpython.com/python-uv/",
        "terminal",
        "curl -LsSf https://astral.sh/uv/install.sh | sh",
        'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"',
        "uv python install 3.13 && uv venv && uv pip install -r requirements.txt",
    ),
    *each(
        "https://www.digitalocean.com/community/tutorials/how-to-install-and-use-docker-on-ubuntu-22-04",
        "terminal",
        "curl -fsSL https://get.docker.com | sudo sh",
        "sudo usermod -aG docker ${USER}",
    ),
    *each(
        "https://hackernoon.com/the-only-terminal-setup-guide-you-need-in-2025",
        "terminal",
        "curl -sS https://starship.rs/install.sh | sh",
        "curl -sSfL https://raw.githubusercontent.com/ajeetdsouza/zoxide/main/install.sh | sh",
        "winget install JanDeDobbeleer.OhMyPosh -s winget",
        "Set-ExecutionPolicy RemoteSigned -Scope CurrentUser\nirm get.scoop.sh | iex",
    ),
    *each(
        "https://www.baeldung.com/java-sdkman-intro",
        "terminal",
        'curl -s "https://get.sdkman.io" | bash\nsource "$HOME/.sdkman/bin/sdkman-init.sh"\nsdk install java 21.0.5-tem',
    ),
    *each(
        "https://jvns.ca/blog/2024/10/01/terminal-colours/",
        "terminal",
        "curl -fsSL https://pyenv.run | bash",
    ),
    *each(
        "https://blog.jetbrains.com/go/2025/01/15/setting-up-go-on-windows/",
        "terminal",
        "winget install --id GoLang.Go -e\ngo install golang.org/x/tools/gopls@latest",
    ),
    *each(
        "https://stackoverflow.com/questions/69875520/how-to-install-chocolatey-on-windows-11",
        "terminal",
        "Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))",
    ),
    *each(
        "https://www.reddit.com/r/selfhosted/comments/1f3k2l9/ollama_on_a_mini_pc_my_notes/",
        "terminal",
        "curl -fsSL https://ollama.com/install.sh | sh\nollama run llama3.2",
    ),
    *each(
        "https://www.howtogeek.com/how-to-install-tailscale-on-raspberry-pi/",
        "terminal",
        "curl -fsSL https://tailscale.com/install.sh | sh\nsudo tailscale up --ssh",
    ),
    *each(
        "https://zenn.dev/kenta_m/articles/8f3a1c2d9e7b4a",
        "terminal",
        "curl -LsSf https://astral.sh/ruff/install.sh | sh",
        "curl https://mise.run | sh",
    ),
    *each(
        "https://qiita.com/hiro_dev/items/4a6c8d0e1f2a3b4c5d6e",
        "terminal",
        "curl -fsSL https://get.pnpm.io/install.sh | sh -",
        "curl https://get.volta.sh | bash",
    ),
    *each(
        "https://www.heise.de/ratgeber/Linux-Entwicklungsumgebung-in-zehn-Minuten-9876543.html",
        "terminal",
        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh",
        'curl -fsSL https://bun.sh/install | bash -s "bun-v1.1.34"',
    ),
    *each(
        "https://www.journaldunet.com/developpeur/1523456-installer-deno/",
        "terminal",
        "curl -fsSL https://deno.land/install.sh | sh -s v2.0.6",
    ),
    *each(
        "https://gist.github.com/mkowalski/8f3a1c2d9e7b4a6c8d0e1f2a3b4c5d6e",
        "terminal",
        "# my notes: fresh Ubuntu box\nsudo apt update && sudo apt install -y build-essential git curl\ncurl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y\ncurl -LsSf https://astral.sh/uv/install.sh | sh",
    ),
    # an author's post about the author's own tool, installer on the author's own site
    *each(
        "https://blog.kvark.example/posts/introducing-tidyfs/",
        "terminal",
        "curl -fsSL https://kvark.example/tidyfs/install.sh | sh",
    ),
    *each(
        "https://ondrej.example/blog/2025/03/dotfiles-v3",
        "terminal",
        'sh -c "$(curl -fsSL https://ondrej.example/dotfiles/install.sh)"',
    ),
]
