"""pagelinks.py: what a page hands over that runs someone's code with no download in the text
(a package runner, a program's install/import link), and redirects.stranger_proxies (the
company's own proxy from its own wiki). The case rows are in tests/data/cases/gaps21.jsonl."""

from __future__ import annotations

import time

import pytest

from app.detection.lanshares import text_to_shell
from app.detection.pagelinks import handler_link, names_package, package_runner
from app.detection.redirects import stranger_proxies


@pytest.mark.parametrize(
    ("text", "runner", "host"),
    [
        ("npx fixer-tool", "npx", "registry.npmjs.org"),
        ("$ npx -y @scope/fix --token abc", "npx", "registry.npmjs.org"),
        ("npm exec -- github:evil-dev/fixer", "npm exec", "github.com"),
        ("pnpm dlx create-vue", "pnpm dlx", "registry.npmjs.org"),
        ("yarn dlx camera-fix", "yarn dlx", "registry.npmjs.org"),
        ("bunx fixer", "bunx", "registry.npmjs.org"),
        ("deno run -A npm:fixer-tool", "deno run", "registry.npmjs.org"),
        ("deno run --allow-all jsr:@x/fix", "deno run", "jsr.io"),
        ("deno run -A https://fix.example/mod.ts", "deno run", "fix.example"),
        ("uvx fixer-tool", "uvx", "pypi.org"),
        ("uv tool run --from fixer fix", "uv tool run", "pypi.org"),
        ("pipx run fixer-tool", "pipx run", "pypi.org"),
        ("go run update-host.example/audiofix@latest", "go run", "update-host.example"),
        ("go run github.com/charmbracelet/gum@v0.14.0", "go run", "github.com"),
        ("# fix your audio\ncd ~\nnpx -y fix-check", "npx", "registry.npmjs.org"),
        # a package manager installing one: its install scripts run as it installs
        ("pip install fixer-tool", "pip install", "pypi.org"),
        ("python3 -m pip install --upgrade fixer", "python3 -m pip install", "pypi.org"),
        ("npm i -g fixer", "npm i", "registry.npmjs.org"),
        ("npm create vite@latest", "npm create", "registry.npmjs.org"),
        ("yarn global add fixer", "yarn global add", "registry.npmjs.org"),
        ("cargo install ripgrep", "cargo install", "crates.io"),
        ("gem install fixer", "gem install", "rubygems.org"),
        ("go install update-host.example/fix@latest", "go install", "update-host.example"),
        ("nix run github:evil-dev/fixer", "nix run", "github.com"),
        ("dotnet tool install -g fixer", "dotnet tool install", "api.nuget.org"),
        # a Homebrew tap or a cask by address, a container image (tech22)
        ("brew tap evil-dev/tools", "brew tap", "github.com"),
        ("brew install evil-dev/tools/macfix", "brew install", "github.com"),
        ("brew install --cask https://cdn.fix.example/c.rb", "brew install", "cdn.fix.example"),
        (
            "docker run -d --restart always --net host reg.fix.example/agent",
            "docker run",
            "reg.fix.example",
        ),
        (
            "sudo docker run -v /:/host -e A=1 --name x ghcr.io/evil-dev/fix:1",
            "docker run",
            "ghcr.io",
        ),
        ("podman run --rm fixer-image", "podman run", "docker.io"),
    ],
)
def test_package_runners_are_read_with_their_host(text: str, runner: str, host: str) -> None:
    found = package_runner(text)
    assert found is not None and found[0] == runner and found[2] == host, found


@pytest.mark.parametrize(
    "text",
    [
        "go run .",
        "go run ./cmd/fix",
        "go run main.go",
        "deno run -A main.ts",
        "deno run --allow-net ./server.ts",
        "npx",
        "npm install",
        "pip install -r requirements.txt",
        "pip install -e .",
        "pip install ./dist/fixer-1.0-py3-none-any.whl",
        "go install ./cmd/...",
        "echo npx fixer",
        "brew install fixer",
        "brew install --cask firefox",
        "docker run --rm -it ./local",
        "\n".join(["npx a"] * 6),  # a script, not a line handed over
        "npx " + "a" * 5000,
    ],
)
def test_what_is_no_package_runner(text: str) -> None:
    assert package_runner(text) is None


def test_a_page_that_names_the_package_is_its_own() -> None:
    assert names_package("evil-dev.github.io/fixer/", "fixer")
    assert names_package("github.com/charmbracelet/gum", "github.com/charmbracelet/gum@latest")
    assert not names_package("fix-dns-error.example/help", "dns-repair")


@pytest.mark.parametrize(
    ("text", "program", "host"),
    [
        ("ms-appinstaller:?source=https://cdn-update.example/Teams.msix", "App Installer",
         "cdn-update.example"),
        ("ms-appinstaller:?source=https%3A%2F%2Fpkg.cdn.example%2FSetup.msixbundle",
         "App Installer", "pkg.cdn.example"),
        ("shortcuts://import-shortcut?url=https://files.example/s.shortcut&name=Fix", "Shortcuts",
         "files.example"),
        ("shortcuts://import-shortcut?name=Fix&url=https://files.example/s.shortcut", "Shortcuts",
         "files.example"),
        ("shortcuts://x-callback-url/import-shortcut?url=https%3A%2F%2Fcdn.tools.example%2Fa",
         "Shortcuts", "cdn.tools.example"),
    ],
)  # fmt: skip
def test_handler_links(text: str, program: str, host: str) -> None:
    found = handler_link(text)
    assert found is not None and found[0] == program and found[2] == host, found


@pytest.mark.parametrize(
    "text",
    [
        "ms-appinstaller:?source=ftp://x.example/a.msix",
        "open ms-appinstaller:?source=https://x.example/a.msix and more",
        "shortcuts://run-shortcut?name=Tidy",
        "ms-appinstaller:?source=https://x.example/a.msix\nsecond line",
    ],
)
def test_what_is_no_handler_link(text: str) -> None:
    assert handler_link(text) is None


def test_stranger_proxies_by_name_only() -> None:
    assert stranger_proxies(["networksetup -setwebproxy Wi-Fi proxy.acme.example 8080"]) == [
        "proxy.acme.example"
    ]
    # an address or a proxy script no page's domain can own
    assert stranger_proxies(["networksetup -setwebproxy Wi-Fi 203.0.113.9 8080"]) is None
    assert (
        stranger_proxies(["networksetup -setautoproxyurl Wi-Fi https://pac.acme.example/p.pac"])
        is None
    )
    # local ones are no stranger's, and nothing read is no answer
    assert stranger_proxies(["networksetup -setwebproxy Wi-Fi 127.0.0.1 8888"]) is None
    assert stranger_proxies(["echo hello"]) is None


def test_text_to_shell() -> None:
    assert text_to_shell("type \\\\fs01.acme.example\\it\\a.txt | cmd")
    assert not text_to_shell("& \\\\fs01.acme.example\\scripts\\setup.ps1")


def test_hostile_text_is_read_in_bounded_time() -> None:
    hostile = [
        "npx " + "-a " * 20000,
        "go run " + "a." * 30000 + "@",
        "ms-appinstaller:?source=https://" + "a" * 100000,
        "shortcuts://import-shortcut?" + "a&" * 50000 + "url=https://x.example/",
        "deno run " + "-A " * 30000 + "npm:x",
        "\x00\ufffd" * 50000,
    ]
    started = time.perf_counter()
    for text in hostile:
        package_runner(text)
        handler_link(text)
        names_package(text[:2048], text[:300])
        stranger_proxies([text])
    assert time.perf_counter() - started < 2.0
