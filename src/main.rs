//! The `loa` command: parses arguments, runs the command, prints every problem and
//! sets the exit status (0 success, 1 content/template/config errors, 2 wrong usage).

use std::process::ExitCode;

fn main() -> ExitCode {
    loa::main()
}
