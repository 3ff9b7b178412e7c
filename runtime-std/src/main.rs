//! `cinnabar-std`: the server on blocking std threads. Started like redis-server:
//! `cinnabar-std [path/to/redis.conf] [--name value ...]`.

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    cinnabar_std::run(&args)
}
