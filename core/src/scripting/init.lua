-- Cinnabar's Lua prelude, run once per interpreter (chunk "=redis_internal"; the
-- error handler skips frames of this chunk when it looks for the user's line).
-- It builds the `redis` table, Redis's deterministic math.random, the error handler
-- and the read-only globals Redis 7.0 gives scripts.
local hidden, rnd, srnd, sha1, bit, C, codecs = ...
local G = _G
local dbg = debug
local error, type, tostring, tonumber, select, rawset, rawget, next, pairs, ipairs,
    setmetatable, getmetatable, xpcall, floor, ceil, concat =
  error, type, tostring, tonumber, select, rawset, rawget, next, pairs, ipairs,
  setmetatable, getmetatable, xpcall, math.floor, math.ceil, table.concat

-- Read-only tables: a proxy per table, its real contents behind __index.
local readonly = setmetatable({}, {__mode = 'k'})
local RO = 'Attempt to modify a readonly table'
local function ro_error() error(RO, 2) end
local function protect(real)
  local proxy = setmetatable({}, {__index = real, __newindex = ro_error})
  readonly[proxy] = real
  return proxy
end

-- The error handler (Redis's __redis__err__handler): errors become tables with the
-- user's source and line.
local function handler(err)
  local level = 2
  local info = dbg.getinfo(level, 'nSl')
  while info and (info.what == 'C' or info.source == '=redis_internal') do
    level = level + 1
    info = dbg.getinfo(level, 'nSl')
  end
  if type(err) ~= 'table' then
    err = {err = 'ERR ' .. tostring(err)}
  end
  if info then
    err['source'] = info.source
    err['line'] = info.currentline
  end
  return err
end
hidden.handler = handler

-- Redis's luaPushErrorBuff: "-CODE msg" or "msg" into "CODE msg".
local function error_text(s)
  local code, msg
  if s:sub(1, 1) == '-' then
    local sp = s:find(' ', 1, true)
    if sp then
      code, msg = s:sub(2, sp - 1), s:sub(sp + 1)
    else
      code, msg = 'ERR', s:sub(2)
    end
  else
    code, msg = 'ERR', s
  end
  msg = msg:gsub('^[\r\n]+', ''):gsub('[\r\n]+$', '')
  return code .. ' ' .. msg
end
hidden.error_text = error_text

local function raise(msg) error({err = msg}) end

local redis = {}
redis.REDIS_VERSION = '7.0.15'
redis.REDIS_VERSION_NUM = 458767
redis.LOG_DEBUG, redis.LOG_VERBOSE, redis.LOG_NOTICE, redis.LOG_WARNING = 0, 1, 2, 3
redis.REPL_NONE, redis.REPL_AOF, redis.REPL_SLAVE, redis.REPL_REPLICA, redis.REPL_ALL =
  0, 1, 2, 2, 3
-- C functions (dispatch.rs): redis.call raises a command's error, redis.pcall
-- returns it.
redis.call = hidden.call
redis.pcall = hidden.pcall
redis.error_reply = function(...)
  local e = ...
  if select('#', ...) ~= 1 or type(e) ~= 'string' then
    return {err = 'ERR wrong number or type of arguments'}
  end
  if e:sub(1, 1) ~= '-' then e = '-' .. e end
  return {err = error_text(e)}
end
redis.status_reply = function(...)
  local s = ...
  if select('#', ...) ~= 1 or type(s) ~= 'string' then
    return {err = 'ERR wrong number or type of arguments'}
  end
  return {ok = s}
end
-- The others are C closures (see trampoline.rs): each implementation returns false
-- and its results, or true and the error to raise.
local function fail(msg) return true, {err = msg} end
redis.sha1hex = C(function(...)
  if select('#', ...) ~= 1 then return fail('ERR wrong number of arguments') end
  return false, sha1((...))
end)
redis.log = C(function(...)
  local n = select('#', ...)
  if n < 2 then return fail('ERR redis.log() requires two arguments or more.') end
  local level = ...
  if type(level) ~= 'number' then return fail('ERR First argument must be a number (log level).') end
  if level < 0 or level > 3 then return fail('ERR Invalid debug level.') end
  local parts = {}
  for i = 2, n do parts[#parts + 1] = tostring((select(i, ...))) end
  hidden.log(level, concat(parts, ' '))
  return false
end)
redis.setresp = C(function(...)
  if select('#', ...) ~= 1 then return fail('ERR redis.setresp() requires one argument.') end
  local resp = tonumber((...))
  if resp ~= 2 and resp ~= 3 then return fail('ERR RESP version must be 2 or 3.') end
  hidden.set_resp(resp)
  return false
end)
redis.set_repl = C(function(...)
  if select('#', ...) ~= 1 then return fail('ERR redis.set_repl() requires two arguments.') end
  local flags = tonumber((...)) or 0
  if flags < 0 or flags > 3 or flags ~= floor(flags) then
    return fail('ERR Invalid replication flags. Use REPL_AOF, REPL_REPLICA, REPL_ALL or REPL_NONE.')
  end
  return false
end)
redis.replicate_commands = function() return true end
redis.breakpoint = function() return false end
redis.debug = function() end
hidden.redis = redis

-- math.random and math.randomseed as Redis patches them (its own rand48).
-- luaL_where(L, 1) for a C function run by a trampoline: the position of the Lua
-- code that called it (level 1 here is the implementation, 2 the trampoline).
local function where()
  local level = 2
  local info = dbg.getinfo(level, 'Sl')
  while info and (info.what == 'C' or info.what == 'tail' or info.source == '=redis_internal') do
    level = level + 1
    info = dbg.getinfo(level, 'Sl')
  end
  if info and info.currentline > 0 then
    return info.short_src .. ':' .. info.currentline .. ': '
  end
  return ''
end
-- luaL_checkint: the integer, or the "bad argument" text.
local function checkint(v, i, fname)
  local n = tonumber(v)
  if n == nil then
    return nil, where() .. "bad argument #" .. i .. " to '" .. fname .. "' (number expected, got " ..
      (v == nil and 'no value' or type(v)) .. ")"
  end
  if n >= 0 then return floor(n) else return ceil(n) end
end
math.random = C(function(...)
  local r = rnd()
  local n = select('#', ...)
  if n == 0 then
    return false, r
  elseif n == 1 then
    local u, e = checkint((...), 1, 'random')
    if e then return true, e end
    if u < 1 then return true, where() .. "bad argument #1 to 'random' (interval is empty)" end
    return false, floor(r * u) + 1
  elseif n == 2 then
    local a, b = ...
    local l, e1 = checkint(a, 1, 'random')
    if e1 then return true, e1 end
    local u, e2 = checkint(b, 2, 'random')
    if e2 then return true, e2 end
    if l > u then return true, where() .. "bad argument #2 to 'random' (interval is empty)" end
    return false, floor(r * (u - l + 1)) + l
  end
  return true, where() .. 'wrong number of arguments'
end)
math.randomseed = C(function(...)
  local seed, e = checkint((...), 1, 'randomseed')
  if e then return true, e end
  srnd(seed)
  return false
end)

-- cjson and cmsgpack: the Rust implementations return (failed, ...); errors get
-- the caller's position as luaL_error gives it.
local function coded(impl, fname, exactly_one)
  return C(function(...)
    if exactly_one and select('#', ...) ~= 1 then
      return true, where() .. "bad argument #1 to '" .. fname .. "' (expected 1 argument)"
    end
    local function finish(failed, ...)
      if failed then return true, where() .. (...) end
      return false, ...
    end
    return finish(impl(...))
  end)
end
local cjson = {
  encode = coded(codecs.cjson.encode, 'encode', true),
  decode = coded(codecs.cjson.decode, 'decode', true),
  null = codecs.cjson.null,
  _NAME = 'cjson',
  _VERSION = '2.1.0',
}
local cmsgpack = {
  pack = coded(codecs.cmsgpack.pack, 'pack', false),
  unpack = coded(codecs.cmsgpack.unpack, 'unpack', false),
  _NAME = 'cmsgpack',
  _VERSION = 'lua-cmsgpack 0.4.0',
  _COPYRIGHT = 'Copyright (C) 2012, Salvatore Sanfilippo',
  _DESCRIPTION = 'MessagePack C implementation for Lua',
}
local struct = {
  pack = coded(codecs.struct.pack, 'pack', false),
  unpack = coded(codecs.struct.unpack, 'unpack', false),
  size = coded(codecs.struct.size, 'size', false),
}

-- What scripts may not reach (Redis does not load these or removes them).
for _, name in ipairs({'print', 'dofile', 'loadfile', 'module', 'require', 'package',
    'setfenv', 'getfenv', 'newproxy', 'os', 'io', 'debug'}) do
  G[name] = nil
end

-- Functions that would get around the read-only proxies.
G.rawset = C(function(t, k, v)
  if readonly[t] then return true, RO end
  return false, rawset(t, k, v)
end)
G.setmetatable = C(function(t, mt)
  if readonly[t] then return true, RO end
  return false, setmetatable(t, mt)
end)
G.getmetatable = function(t)
  if readonly[t] then return nil end
  return getmetatable(t)
end
-- luaL_argerror for the prelude's Lua versions of C functions (xpcall, table.sort,
-- coroutine.resume/status): the function's name and its caller's position when a
-- Lua function called it, '?' and no position when a C function did (pcall(f, ...)
-- runs f as a coroutine's body here, with no caller frame).
local function arg_error(i, fname, msg)
  local caller = dbg.getinfo(3, 'S')
  if caller == nil or caller.what == 'C' then
    error('bad argument #' .. i .. " to '?' (" .. msg .. ')', 0)
  end
  error('bad argument #' .. i .. " to '" .. fname .. "' (" .. msg .. ')', 3)
end
-- Redis's pcall (luaRedisPcall): an error table caught is replaced by its `err`
-- string. Once the instruction limit or SCRIPT KILL stopped the script, catching the
-- error is refused: it is raised again until the script ends.
--
-- pcall and xpcall run a Lua function in a coroutine of their own (as the Kepler
-- project's coxpcall does), not in a C-level protected call: Lua 5.1 cannot yield
-- across a C call, so a script looping inside lua_pcall could never be suspended
-- past busy-reply-threshold. The count hook (vm.rs) may suspend such a coroutine
-- when every thread from it up to the run thread can yield: `parents` maps each
-- pcall coroutine to the thread that called pcall (false: the main state), and the
-- hook walks it. The pcall that resumed it sees the coroutine suspended (only the
-- hook can suspend it: a script's own coroutine.yield is refused inside pcall, as
-- in Lua 5.1) and passes the suspension outwards with a yield of its own, then
-- resumes it when it is resumed. C functions (pcall(redis.call, ...)) cannot be a
-- coroutine's body in Lua 5.1 and are called by lua_pcall as before.
local killed, quiet_pcall, lua_coroutine = hidden.killed, hidden.quiet_pcall, hidden.lua_coroutine
local co_resume, co_yield, co_running, co_status =
  coroutine.resume, coroutine.yield, coroutine.running, coroutine.status
local parents = setmetatable({}, {__mode = 'k'})
hidden.parents = parents
-- How many C calls Lua 5.1 would count in a pcall coroutine's thread (it allows 200:
-- a script's 199th nested pcall fails with "C stack overflow", in a coroutine of the
-- script its 198th, resuming the coroutine being one).
local depth = setmetatable({}, {__mode = 'k'})
hidden.depth = depth
local MAX_DEPTH = 199
local function nesting(cur)
  if cur == nil then return 1 end
  local d = depth[cur]
  if d then return d + 1 end
  if cur == hidden.run_thread then return 1 end
  return 2
end
local function pcall_result(ok, ...)
  if ok then return true, ... end
  local e = ...
  if killed() then error(e, 0) end
  if type(e) == 'table' then
    local text = e.err
    if type(text) == 'string' or type(text) == 'number' then e = text end
  end
  return false, e
end
-- The results of a pcall coroutine's resume: a suspension by the hook is passed on
-- outwards, and the coroutine resumed again when this thread is.
local function finish(co, ...)
  if co_status(co) == 'suspended' then
    co_yield()
    return finish(co, co_resume(co))
  end
  return ...
end
local lua_pcall = pcall
G.pcall = function(...)
  if select('#', ...) == 0 then return false, 'attempt to call a boolean value' end
  local cur = co_running()
  local d = nesting(cur)
  if d >= MAX_DEPTH then return false, 'C stack overflow' end
  local co = lua_coroutine((...))
  if not co then return pcall_result(lua_pcall(...)) end
  parents[co] = cur or false
  depth[co] = d
  return pcall_result(finish(co, co_resume(co, select(2, ...))))
end
local function xpcall_result(h, ok, ...)
  if ok then return true, ... end
  local e = ...
  if killed() then error(e, 0) end
  -- Lua 5.1 calls the handler with the error value and returns its first result;
  -- a handler that fails (or is not a function) gives "error in error handling".
  local handled, r = quiet_pcall(h, e)
  if not handled then return false, 'error in error handling' end
  return false, r
end
G.xpcall = function(...)
  if select('#', ...) < 2 then arg_error(2, 'xpcall', 'value expected') end
  local f, h = ...
  local cur = co_running()
  local d = nesting(cur)
  if d >= MAX_DEPTH then return xpcall_result(h, false, 'C stack overflow') end
  local co = lua_coroutine(f)
  if not co then return xpcall_result(h, lua_pcall(f)) end
  parents[co] = cur or false
  depth[co] = d
  return xpcall_result(h, finish(co, co_resume(co)))
end
-- The thread the script sees as running: a pcall coroutine stands for the thread
-- that called pcall (nil: the script's main thread).
local function script_thread()
  local co = co_running()
  while co and depth[co] do co = parents[co] end
  if not co or co == hidden.run_thread then return nil end
  return co
end
-- A script runs in a coroutine of its own (the run thread, see vm.rs) so that the
-- count hook can suspend it; to the script it is the main thread, as in Redis:
-- yielding from it fails, and coroutine.running() is nil there. Yielding inside
-- pcall fails too, as a yield across Lua 5.1's lua_pcall does.
coroutine.yield = function(...)
  local co = co_running()
  if co == hidden.run_thread or depth[co] then
    error('attempt to yield across metamethod/C-call boundary', 0)
  end
  return co_yield(...)
end
-- A script's own coroutines (resumed with coroutine.resume) can be suspended too:
-- while resumed, a coroutine is in
-- `parents` (under the thread that resumed it), so the hook may yield it; the
-- resume that sees the hook's yield (`hook_yielded`, not a yield of the script)
-- passes it outwards like pcall does, and resumes the coroutine when resumed.
local hook_yielded = hidden.hook_yielded
local function resumed(co, ok, ...)
  if ok and hook_yielded() and co_status(co) == 'suspended' then
    co_yield()
    return resumed(co, co_resume(co))
  end
  parents[co] = nil
  if not ok and killed() then error((...), 0) end
  return ok, ...
end
local function resume(...)
  local co = ...
  if type(co) ~= 'thread' then arg_error(1, 'resume', 'coroutine expected') end
  if co_status(co) ~= 'suspended' then return co_resume(...) end
  parents[co] = co_running() or false
  return resumed(co, co_resume(...))
end
coroutine.resume = resume
-- coroutine.wrap stays Lua's C function: a Lua version would be tail-called away by
-- `return f()`, losing the caller's position in its errors. So a loop inside a
-- wrapped coroutine is not suspended (see engine.rs).
coroutine.running = script_thread
coroutine.status = function(co)
  if type(co) ~= 'thread' then arg_error(1, 'status', 'coroutine expected') end
  local s = co_status(co)
  if s == 'normal' and co == script_thread() then return 'running' end
  return s
end
-- table.sort with a comparator, in Lua: Lua 5.1's C sort calls the comparator across
-- a C boundary, where a script cannot be suspended past busy-reply-threshold. This is
-- ltablib.c's auxsort step for step (the same comparisons in the same order, the
-- same moves with rawget/rawset, the same errors), with an explicit stack of the
-- ranges its recursion would sort. Without a comparator the C sort runs (only
-- metamethods could run code there).
local c_sort, rawget_, rawset_ = table.sort, rawget, rawset
local SORT_ORDER = 'invalid order function for sorting'
table.sort = function(...)
  local t, lt = ...
  if type(t) ~= 'table' then
    local got = select('#', ...) == 0 and 'no value' or type(t)
    arg_error(1, 'sort', 'table expected, got ' .. got)
  end
  if lt == nil then return c_sort(t) end
  if type(lt) ~= 'function' then
    arg_error(2, 'sort', 'function expected, got ' .. type(lt))
  end
  local l, u = 1, #t
  local pending, np = {}, 0
  while true do
    while l < u do
      local a, b = rawget_(t, l), rawget_(t, u)
      if lt(b, a) then rawset_(t, l, b) rawset_(t, u, a) end
      if u - l == 1 then break end
      local i = floor((l + u) / 2)
      a, b = rawget_(t, i), rawget_(t, l)
      if lt(a, b) then
        rawset_(t, i, b) rawset_(t, l, a)
      else
        b = rawget_(t, u)
        if lt(b, a) then rawset_(t, i, b) rawset_(t, u, a) end
      end
      if u - l == 2 then break end
      local p = rawget_(t, i)
      rawset_(t, i, rawget_(t, u - 1))
      rawset_(t, u - 1, p)
      local j = u - 1
      i = l
      while true do
        i = i + 1
        a = rawget_(t, i)
        while lt(a, p) do
          if i > u then error(SORT_ORDER, 2) end
          i = i + 1
          a = rawget_(t, i)
        end
        j = j - 1
        b = rawget_(t, j)
        while lt(p, b) do
          if j < l then error(SORT_ORDER, 2) end
          j = j - 1
          b = rawget_(t, j)
        end
        if j < i then break end
        rawset_(t, i, b) rawset_(t, j, a)
      end
      a, b = rawget_(t, u - 1), rawget_(t, i)
      rawset_(t, u - 1, b) rawset_(t, i, a)
      -- The smaller part first (C recurses into it), then the larger one.
      if i - l < u - i then
        j = l i = i - 1 l = i + 2
      else
        j = i + 1 i = u u = j - 2
      end
      np = np + 2
      pending[np - 1], pending[np] = l, u
      l, u = j, i
    end
    if np == 0 then return end
    l, u = pending[np - 1], pending[np]
    np = np - 2
  end
end
G.pairs = function(t)
  local real = readonly[t]
  if real then return pairs(real) end
  return pairs(t)
end
G.next = function(t, k)
  local real = readonly[t]
  if real then return next(real, k) end
  return next(t, k)
end
G.rawget = function(t, k)
  local real = readonly[t]
  if real then return rawget(real, k) end
  return rawget(t, k)
end

G.redis = protect(redis)
G.bit = protect(bit)
G.cjson = protect(cjson)
G.cmsgpack = protect(cmsgpack)
G.struct = protect(struct)
for _, lib in ipairs({'string', 'math', 'table', 'coroutine'}) do
  G[lib] = protect(G[lib])
end
G.__redis__err__handler = handler

-- What a library's code sees while FUNCTION LOAD runs it: `redis` with
-- register_function, log and the constants, nothing else.
local registered = nil
local FLAGS = {['no-writes'] = true, ['allow-oom'] = true, ['allow-stale'] = true,
  ['no-cluster'] = true, ['allow-cross-slot-keys'] = true}
local function register_function(...)
  if registered == nil then raise('ERR redis.register_function can only be called on FUNCTION LOAD command') end
  local n = select('#', ...)
  local name, callback, flags, description
  if n == 1 then
    local t = ...
    if type(t) ~= 'table' then
      raise('ERR calling redis.register_function with a single argument is only applicable to Lua table (representing named arguments).')
    end
    for k, v in pairs(t) do
      if k == 'function_name' then name = v
      elseif k == 'callback' then callback = v
      elseif k == 'flags' then flags = v
      elseif k == 'description' then description = v
      else raise('ERR unknown argument given to redis.register_function') end
    end
    if type(name) == 'number' then name = tostring(name) end
    if type(name) ~= 'string' then raise('ERR redis.register_function must get a function name argument') end
    if type(callback) ~= 'function' then raise('ERR redis.register_function must get a callback argument') end
  elseif n == 2 then
    name, callback = ...
    if type(name) == 'number' then name = tostring(name) end
    if type(name) ~= 'string' then raise('ERR first argument to redis.register_function must be a string') end
    if type(callback) ~= 'function' then raise('ERR second argument to redis.register_function must be a function') end
  else
    raise('ERR wrong number of arguments to redis.register_function')
  end
  if type(description) == 'number' then description = tostring(description) end
  if description ~= nil and type(description) ~= 'string' then
    raise('ERR description argument given to redis.register_function must be a string')
  end
  local flag_list = {}
  if flags ~= nil then
    if type(flags) ~= 'table' then raise('ERR flags argument to redis.register_function must be a table representing function flags') end
    for _, f in ipairs(flags) do
      if type(f) ~= 'string' or not FLAGS[f] then raise('ERR unknown flag given') end
      flag_list[#flag_list + 1] = f
    end
  end
  if name == '' or name:find('[^%w_]') then
    raise('ERR Library names can only contain letters, numbers, or underscores(_) and must be at least one character long')
  end
  for _, r in ipairs(registered) do
    if r.name == name then raise('ERR Function already exists in the library') end
  end
  registered[#registered + 1] = {name = name, callback = callback, flags = flag_list,
    description = description}
end
local lib_redis = {register_function = register_function, log = redis.log,
  REDIS_VERSION = redis.REDIS_VERSION, REDIS_VERSION_NUM = redis.REDIS_VERSION_NUM,
  LOG_DEBUG = 0, LOG_VERBOSE = 1, LOG_NOTICE = 2, LOG_WARNING = 3}
local function missing_global(_, k)
  error("Script attempted to access nonexistent global variable '" .. tostring(k) .. "'", 2)
end
setmetatable(lib_redis, {__index = missing_global})
local lib_api = setmetatable({redis = protect(lib_redis)}, {__index = function(_, k)
  error("Script attempted to access nonexistent global variable '" .. tostring(k) .. "'", 2)
end})

-- The scripts' globals: a read-only proxy of G; reading a missing global is an error.
local env_meta = {__index = G, __newindex = function() error(RO, 2) end}
local env = setmetatable({}, env_meta)
readonly[env] = G
-- Runs a library's main chunk with the library API as globals; returns ok, error
-- and the functions it registered.
hidden.load_library = function(f)
  registered = {}
  env_meta.__index = lib_api
  local ok, err = xpcall(f, handler)
  env_meta.__index = G
  local reg = registered
  registered = nil
  return ok, err, reg
end
G._G = env
setmetatable(G, {__index = function(_, k)
  error("Script attempted to access nonexistent global variable '" .. tostring(k) .. "'", 2)
end})
hidden.env = env
hidden.globals = G
