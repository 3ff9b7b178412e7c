//! `cinnabar`: the server on tokio (the default binary). Started like redis-server:
//! `cinnabar [path/to/redis.conf] [--name value ...]`.

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    cinnabar_tokio::run(&args)
}
