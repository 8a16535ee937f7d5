#!/bin/sh
# Build PasteGuard.pkg on macOS from dist/PasteGuard.app: sign, package, notarize, staple.
#
#   make dist                                       # or: python -m PyInstaller --noconfirm --clean build.spec
#   installer/macos/build_pkg.sh                     # unsigned pkg, for testing
#   APP_IDENTITY="Developer ID Application: Example Corp (TEAMID1234)" \
#   PKG_IDENTITY="Developer ID Installer: Example Corp (TEAMID1234)" \
#   NOTARY_PROFILE=pasteguard-notary \
#   installer/macos/build_pkg.sh                     # signed and notarized
#
# NOTARY_PROFILE names credentials stored once with
#   xcrun notarytool store-credentials pasteguard-notary --apple-id ... --team-id ... --password ...
# Install silently (MDM, Munki, Jamf or by hand): sudo installer -pkg PasteGuard-X.Y.Z.pkg -target /
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/installer/macos"
APP="$ROOT/dist/PasteGuard.app"
VERSION=$("$ROOT/.venv/bin/python" -c "import app; print(app.__version__)" 2>/dev/null || python3 -c "import sys; sys.path.insert(0, '$ROOT'); import app; print(app.__version__)")
OUT="$ROOT/dist/PasteGuard-$VERSION.pkg"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -d "$APP" ] || { echo "no $APP: run make dist first" >&2; exit 1; }

# 1. Sign the app: hardened runtime, a secure timestamp, every nested binary first.
if [ -n "${APP_IDENTITY:-}" ]; then
    find "$APP/Contents" -type f \( -name "*.so" -o -name "*.dylib" \) -print0 |
        xargs -0 codesign --force --timestamp --options runtime --sign "$APP_IDENTITY"
    codesign --force --timestamp --options runtime \
        --entitlements "$HERE/entitlements.plist" --sign "$APP_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

# 2. The payload: the app, the LaunchAgent for every user, the example policy.
mkdir -p "$WORK/root/Applications" "$WORK/root/Library/LaunchAgents" \
    "$WORK/root/Library/Application Support/PasteGuard"
ditto "$APP" "$WORK/root/Applications/PasteGuard.app"
cp "$HERE/com.pasteguard.PasteGuard.plist" "$WORK/root/Library/LaunchAgents/"
cp "$ROOT/installer/policy.example.toml" "$WORK/root/Library/Application Support/PasteGuard/"

# the app must land in /Applications even if a copy exists elsewhere
pkgbuild --analyze --root "$WORK/root" "$WORK/components.plist"
plutil -replace 0.BundleIsRelocatable -bool NO "$WORK/components.plist"

# 3. The component package, then the product archive that installer and MDMs take.
pkgbuild --root "$WORK/root" --component-plist "$WORK/components.plist" \
    --scripts "$HERE/scripts" --identifier com.pasteguard.PasteGuard.pkg \
    --version "$VERSION" --install-location / "$WORK/PasteGuard-component.pkg"
if [ -n "${PKG_IDENTITY:-}" ]; then
    productbuild --package "$WORK/PasteGuard-component.pkg" --sign "$PKG_IDENTITY" "$OUT"
else
    productbuild --package "$WORK/PasteGuard-component.pkg" "$OUT"
fi

# 4. Notarize and staple, so Gatekeeper accepts it offline too.
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$OUT" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$OUT"
    spctl --assess --type install --verbose "$OUT"
fi
echo "$OUT"
