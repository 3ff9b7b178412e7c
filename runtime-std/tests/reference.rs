//! The shared suite's persistence checks run against redis-server 7.0.15 itself: the
//! expected log lines, exit codes and round trips are Redis's, not ours. Skipped (with
//! a message) where redis-server is not installed (REDIS_SERVER, else /usr/bin).

#[path = "suite/mod.rs"]
#[macro_use]
mod suite;

fn redis() -> Option<String> {
    let path = std::env::var("REDIS_SERVER").unwrap_or_else(|_| "/usr/bin/redis-server".into());
    if std::path::Path::new(&path).exists() {
        Some(path)
    } else {
        eprintln!("no {path}: the suite is not checked against Redis");
        None
    }
}

macro_rules! against_redis {
    ($($check:ident),+) => {
        $(
            #[test]
            fn $check() {
                if let Some(redis) = redis() {
                    suite::$check(&redis);
                }
            }
        )+
    };
}

against_redis!(
    restart_keeps_every_key,
    restart_keeps_streams,
    loads_redis_dump,
    loads_redis_streams,
    redis_loads_our_dump,
    shutdown_saves_before_exit,
    save_points_in_one_argument,
    second_sigint_abandons_the_final_save,
    corrupt_dump_refused_like_redis,
    bgsave_under_writes_is_point_in_time
);
