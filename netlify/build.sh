#!/usr/bin/env bash
# Netlify build: use the image's Rust toolchain (rustup, cached between builds in
# ~/.rustup and ~/.cargo), install it when missing, then build the site with loa.
# Deploy previews and branch deploys get their own URL as base_url, so their feeds
# and canonical links point at themselves.
set -euo pipefail

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
if command -v rustup >/dev/null 2>&1 && ! rustc --version >/dev/null 2>&1; then
  rustup toolchain install stable --profile minimal
  rustup default stable
fi
cargo --version

args=(build)
if [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  args+=(--base-url "$DEPLOY_PRIME_URL")
fi
cargo run --release --locked -- "${args[@]}"
