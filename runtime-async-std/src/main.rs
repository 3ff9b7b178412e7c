//! `cinnabar-async-std`: the server on async-std. Started like redis-server:
//! `cinnabar-async-std [path/to/redis.conf] [--name value ...]`.

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    cinnabar_async_std::run(&args)
}
