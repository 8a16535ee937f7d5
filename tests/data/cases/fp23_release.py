"""fpover23 texts: package maintainers' release runbooks (twine, npm publish, gh release, cargo,
gem, goreleaser, container and chart pushes, with tokens in variables), and CI steps pasted into
a terminal to reproduce a failing job (GitHub Actions `run:` blocks, GitLab CI scripts), each
from the project's own RELEASING.md, CONTRIBUTING.md or workflow file (own words; invented
projects on reserved names or on the maintainers' own GitHub accounts)."""

from fp23_left import each

RELEASE = [
    *each(
        "https://github.com/hollowbrook/pyfastcsv/blob/main/RELEASING.md",
        "terminal",
        "python -m build && twine check dist/*",
        'twine upload --repository testpypi dist/* -u __token__ -p "$TESTPYPI_TOKEN"',
        'TWINE_USERNAME=__token__ TWINE_PASSWORD="$PYPI_API_TOKEN" twine upload dist/pyfastcsv-2.3.0*',
        "git tag -s v2.3.0 -m 'pyfastcsv 2.3.0' && git push origin v2.3.0",
        "python -m pip install --index-url https://test.pypi.org/simple/ --no-deps pyfastcsv==2.3.0 && python -c 'import pyfastcsv; print(pyfastcsv.__version__)'",
    ),
    *each(
        "https://github.com/lumen-ui/lumen/blob/main/RELEASING.md",
        "terminal",
        "npm version minor -m 'release: v%s' && git push --follow-tags",
        "npm publish --access public --provenance",
        'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc && npm whoami',
        "pnpm -r publish --access public --no-git-checks --tag next",
        "npm dist-tag add @lumen-ui/core@4.1.0 latest",
    ),
    *each(
        "https://github.com/quarry-rs/quarry/blob/main/RELEASE.md",
        "terminal",
        "cargo release minor --workspace --execute",
        'cargo publish -p quarry-core --token "$CARGO_REGISTRY_TOKEN" && sleep 30 && cargo publish -p quarry',
        "cargo package --list -p quarry | head -40",
    ),
    *each(
        "https://github.com/tidewater-dev/tidewater/blob/main/docs/releasing.md",
        "terminal",
        "gh release create v1.8.0 --title 'v1.8.0' --notes-file CHANGELOG-1.8.0.md dist/*.tar.gz dist/*.zip dist/SHA256SUMS",
        "GITHUB_TOKEN=$(gh auth token) goreleaser release --clean",
        "goreleaser release --snapshot --clean && ls dist/",
        "gh release upload v1.8.0 dist/tidewater_1.8.0_checksums.txt.sig --clobber",
        "gh workflow run release.yml -f version=1.8.0 && gh run watch",
    ),
    *each(
        "https://github.com/brassbell/brassbell-ruby/blob/main/RELEASING.md",
        "terminal",
        "gem build brassbell.gemspec && GEM_HOST_API_KEY=$RUBYGEMS_API_KEY gem push brassbell-0.9.2.gem",
        "bundle exec rake release",
    ),
    *each(
        "https://gitlab.com/fernwood/fernwood-api/-/blob/main/docs/RELEASE.md",
        "terminal",
        'echo "$CI_REGISTRY_PASSWORD" | docker login registry.gitlab.com -u "$CI_REGISTRY_USER" --password-stdin',
        "docker buildx build --platform linux/amd64,linux/arm64 -t registry.gitlab.com/fernwood/fernwood-api:3.2.0 --push .",
        "glab release create v3.2.0 --notes-file RELEASE_NOTES.md --ref main",
    ),
    *each(
        "https://github.com/harborlight/charts/blob/main/CONTRIBUTING.md",
        "terminal",
        "helm package charts/harborlight && helm push harborlight-0.14.0.tgz oci://ghcr.io/harborlight/charts",
        "echo $CR_PAT | helm registry login ghcr.io -u harborlight-bot --password-stdin",
    ),
    *each(
        "https://github.com/orchardjs/orchard/blob/main/RELEASING.md",
        "terminal",
        "npx changeset version && pnpm install --lockfile-only && git commit -am 'chore: version packages'",
        "npx changeset publish && git push --follow-tags",
    ),
    *each(
        "https://github.com/kestrel-py/kestrel/blob/main/RELEASE.md",
        "terminal",
        'uv build && uv publish --token "$UV_PUBLISH_TOKEN"',
        'hatch version minor && hatch build && hatch publish -u __token__ -a "$PYPI_TOKEN"',
        'poetry config pypi-token.pypi "$POETRY_PYPI_TOKEN" && poetry publish --build',
    ),
    *each(
        "https://github.com/mapleleaf-java/mapleleaf/blob/main/RELEASING.md",
        "terminal",
        "./gradlew publishToSonatype closeAndReleaseSonatypeStagingRepository -PsonatypeUsername=$OSSRH_USER -PsonatypePassword=$OSSRH_PASSWORD",
        'mvn -P release clean deploy -DskipTests -Dgpg.passphrase="$GPG_PASSPHRASE"',
    ),
    *each(
        "https://github.com/swiftlark/swiftlark/blob/main/RELEASING.md",
        "terminal",
        "dotnet pack -c Release -o ./artifacts && dotnet nuget push ./artifacts/SwiftLark.2.0.1.nupkg --api-key $NUGET_API_KEY --source https://api.nuget.org/v3/index.json",
        "Publish-Module -Path .\\out\\SwiftLark -NuGetApiKey $env:PSGALLERY_KEY -Verbose",
    ),
    *each(
        "https://github.com/dunelight/vscode-dunelight/blob/main/RELEASING.md",
        "terminal",
        "npx @vscode/vsce publish -p $VSCE_PAT minor",
        "npx ovsx publish dunelight-1.12.0.vsix -p $OVSX_PAT",
    ),
    *each(
        "https://github.com/peregrine-cli/peregrine/blob/main/RELEASING.md",
        "terminal",
        "brew bump-formula-pr --url https://github.com/peregrine-cli/peregrine/archive/refs/tags/v0.22.0.tar.gz peregrine",
        "snapcraft upload --release=stable peregrine_0.22.0_amd64.snap",
        "cosign sign-blob --yes --bundle peregrine_0.22.0_linux_amd64.tar.gz.bundle peregrine_0.22.0_linux_amd64.tar.gz",
    ),
]

CI_STEPS = [
    *each(
        "https://github.com/hollowbrook/pyfastcsv/blob/main/.github/workflows/ci.yml",
        "terminal",
        "python -m pip install --upgrade pip\npip install -e '.[test]'\npytest -q --cov=pyfastcsv --cov-report=xml",
        "pip install ruff mypy\nruff check .\nmypy src/",
    ),
    *each(
        "https://github.com/lumen-ui/lumen/blob/main/.github/workflows/test.yml",
        "terminal",
        "corepack enable\npnpm install --frozen-lockfile\npnpm -r build\npnpm -r test -- --run",
        "npx playwright install --with-deps chromium\npnpm test:e2e",
    ),
    *each(
        "https://github.com/tidewater-dev/tidewater/blob/main/.github/workflows/build.yml",
        "terminal",
        "go mod download\ngo vet ./...\ngo test -race -coverprofile=coverage.out ./...",
        "curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s -- -b $(go env GOPATH)/bin v1.61.0\ngolangci-lint run --timeout 5m",
        'echo "version=${GITHUB_REF_NAME#v}" >> "$GITHUB_OUTPUT"',
    ),
    *each(
        "https://github.com/quarry-rs/quarry/blob/main/.github/workflows/ci.yml",
        "terminal",
        "rustup toolchain install stable --profile minimal -c clippy,rustfmt\ncargo fmt --all -- --check\ncargo clippy --all-targets -- -D warnings\ncargo test --workspace",
        "cargo install cargo-deny --locked\ncargo deny check licenses advisories",
    ),
    *each(
        "https://github.com/harborlight/harborlight/blob/main/.github/workflows/docker.yml",
        "terminal",
        'echo "${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u ${{ github.actor }} --password-stdin\ndocker build -t ghcr.io/harborlight/harborlight:${GITHUB_SHA::7} .',
        'docker run --rm -v "$PWD":/src aquasec/trivy:0.56.1 fs --exit-code 1 --severity HIGH,CRITICAL /src',
    ),
    *each(
        "https://gitlab.com/fernwood/fernwood-api/-/blob/main/.gitlab-ci.yml",
        "terminal",
        "apt-get update -qq && apt-get install -y -qq libpq-dev\nbundle config set --local path vendor/bundle\nbundle install -j $(nproc)\nbundle exec rspec",
        "export DATABASE_URL=postgres://postgres:postgres@localhost:5432/fernwood_test\nbin/rails db:create db:schema:load\nbin/rails test",
        'apk add --no-cache curl jq\ncurl --fail -H "PRIVATE-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/pipelines?ref=main" | jq \'.[0].status\'',
    ),
    *each(
        "https://gitlab.com/fernwood/fernwood-api/-/blob/main/ci/deploy.gitlab-ci.yml",
        "terminal",
        "kubectl config use-context fernwood/agents:staging\nkubectl set image deployment/fernwood-api api=$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA -n staging\nkubectl rollout status deployment/fernwood-api -n staging --timeout=120s",
        "helm upgrade --install fernwood-api ./chart -n staging --set image.tag=$CI_COMMIT_SHORT_SHA --wait",
    ),
    *each(
        "https://github.com/swiftlark/swiftlark/blob/main/.github/workflows/windows.yml",
        "terminal",
        "dotnet restore\ndotnet build --no-restore -c Release\ndotnet test --no-build -c Release --logger trx",
        "Install-Module Pester -Force -Scope CurrentUser -SkipPublisherCheck\nInvoke-Pester -Path .\\tests -CI",
        'choco install wixtoolset --version 3.14.1 -y --no-progress\n& "${env:WIX}bin\\candle.exe" installer\\SwiftLark.wxs -o obj\\',
    ),
    *each(
        "https://github.com/kestrel-py/kestrel/blob/main/.github/workflows/docs.yml",
        "terminal",
        "pip install -r docs/requirements.txt\nmkdocs build --strict\nmkdocs gh-deploy --force",
    ),
    *each(
        "https://github.com/peregrine-cli/peregrine/blob/main/.github/workflows/release.yml",
        "terminal",
        "curl -fsSL https://github.com/sigstore/cosign/releases/download/v2.4.1/cosign-linux-amd64 -o /usr/local/bin/cosign && chmod +x /usr/local/bin/cosign\ncosign version",
        'sha256sum dist/*.tar.gz > dist/SHA256SUMS\ngpg --batch --pinentry-mode loopback --passphrase "$GPG_PASSPHRASE" --detach-sign --armor dist/SHA256SUMS',
    ),
    *each(
        "https://gitlab.com/oakmoss/infra/-/blob/main/.gitlab-ci.yml",
        "terminal",
        'terraform init -backend-config="address=${TF_ADDRESS}" -backend-config="username=gitlab-ci-token" -backend-config="password=${CI_JOB_TOKEN}"\nterraform plan -out=plan.tfplan',
        'ansible-playbook -i inventories/staging site.yml --check --diff --vault-password-file <(echo "$ANSIBLE_VAULT_PASSWORD")',
    ),
    *each(
        "https://github.com/orchardjs/orchard/blob/main/.github/workflows/ci.yml",
        "terminal",
        "npm ci\nnpm run lint\nnpm test -- --coverage\nnpx codecov --token=$CODECOV_TOKEN",
    ),
]
