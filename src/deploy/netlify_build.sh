#!/usr/bin/env bash
# Netlify build of a loa site (written by `loa init`). Installs the loa of
# LOA_VERSION from LOA_GIT into .loa-bin/ (netlify.toml keeps that folder between
# builds, so only the first build compiles), then builds the site. Deploy
# previews and branch deploys get their own URL as base_url.
set -euo pipefail

: "${LOA_VERSION:?set LOA_VERSION in netlify.toml}"
: "${LOA_GIT:?set LOA_GIT in netlify.toml}"
loa=.loa-bin/bin/loa

if ! "$loa" --version 2>/dev/null | grep -qx "loa $LOA_VERSION"; then
  if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then
    # shellcheck disable=SC1091
    . "$HOME/.cargo/env"
  fi
  if ! command -v cargo >/dev/null 2>&1; then
    echo "Installing the Rust toolchain with rustup"
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
    # shellcheck disable=SC1091
    . "$HOME/.cargo/env"
  fi
  echo "Installing loa $LOA_VERSION (only the first build does this)"
  cargo install --locked --force --root .loa-bin --git "$LOA_GIT" --tag "v$LOA_VERSION" loa
fi
"$loa" --version

args=(build)
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  args+=(--base-url "$DEPLOY_PRIME_URL")
fi
"$loa" "${args[@]}"
