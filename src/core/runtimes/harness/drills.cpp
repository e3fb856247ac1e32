// The compiled part of the C++ harness of Interview Drills (see drills.hpp and ../PROTOCOL.md): what
// does not depend on the drill's types, compiled once per compiler into the build cache and linked
// with every solution, so a compile of an edited solution generates only its own code and the glue.
// Every global here is constant-initialised: Boot (in the driver's translation unit, before the
// person's globals) may run before this file's dynamic initialisers would.
#include "drills.hpp"

namespace drills_ {

// ---- JSON values ----

J::J() = default;
J::J(const J&) = default;
J::J(J&&) noexcept = default;
J& J::operator=(const J&) = default;
J& J::operator=(J&&) noexcept = default;
J::~J() = default;

const J* J::get(const char* key) const {
  for (auto& kv : o)
    if (kv.first == key) return &kv.second;
  return nullptr;
}

std::string J::tag() const {
  if (kind != Obj) return "";
  const J* t = get("$");
  return t && t->kind == Str ? t->s : "";
}

struct Parser {
  const char* p;
  const char* end;
  void ws() {
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
  }
  [[noreturn]] void fail() { throw BadInput("malformed JSON from the judge"); }
  static void utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) out += char(cp);
    else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) { out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
    else { out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F)); }
  }
  unsigned hex4() {
    if (end - p < 4) fail();
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = *p++;
      v <<= 4;
      if (c >= '0' && c <= '9') v |= unsigned(c - '0');
      else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
      else fail();
    }
    return v;
  }
  std::string str() {
    if (p >= end || *p != '"') fail();
    ++p;
    std::string out;
    while (true) {
      if (p >= end) fail();
      char c = *p++;
      if (c == '"') return out;
      if (c != '\\') { out += c; continue; }
      if (p >= end) fail();
      char e = *p++;
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
            p += 2;
            unsigned lo = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          utf8(out, cp);
          break;
        }
        default: fail();
      }
    }
  }
  J value() {
    ws();
    if (p >= end) fail();
    J j;
    char c = *p;
    if (c == '{') {
      j.kind = J::Obj;
      ++p;
      ws();
      if (p < end && *p == '}') { ++p; return j; }
      while (true) {
        ws();
        std::string k = str();
        ws();
        if (p >= end || *p != ':') fail();
        ++p;
        j.o.emplace_back(std::move(k), value());
        ws();
        if (p < end && *p == ',') { ++p; continue; }
        if (p < end && *p == '}') { ++p; return j; }
        fail();
      }
    }
    if (c == '[') {
      j.kind = J::Arr;
      ++p;
      ws();
      if (p < end && *p == ']') { ++p; return j; }
      while (true) {
        j.a.push_back(value());
        ws();
        if (p < end && *p == ',') { ++p; continue; }
        if (p < end && *p == ']') { ++p; return j; }
        fail();
      }
    }
    if (c == '"') { j.kind = J::Str; j.s = str(); return j; }
    if (end - p >= 4 && std::strncmp(p, "null", 4) == 0) { p += 4; return j; }
    if (end - p >= 4 && std::strncmp(p, "true", 4) == 0) { p += 4; j.kind = J::Bool; j.b = true; return j; }
    if (end - p >= 5 && std::strncmp(p, "false", 5) == 0) { p += 5; j.kind = J::Bool; return j; }
    const char* s = p;
    while (p < end && (std::isdigit((unsigned char)*p) || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E')) ++p;
    if (p == s) fail();
    j.kind = J::Num;
    j.s.assign(s, p);
    return j;
  }
};

J parse(const std::string& text) {
  Parser ps{text.data(), text.data() + text.size()};
  return ps.value();
}

// ---- decoding ----

[[noreturn]] void bad(const char* want, const J& j) {
  static const char* names[] = {"null", "a boolean", "a number", "a string", "a list", "an object"};
  throw BadInput(std::string("expected ") + want + ", got " + names[j.kind]);
}

bool integral_text(const std::string& s) { return s.find_first_of(".eE") == std::string::npos; }

const std::string* int_text(const J& j) {
  if (j.kind == J::Num && integral_text(j.s)) return &j.s;
  std::string t = j.tag();
  if (t == "int" || t == "big") {
    const J* v = j.get("v");
    if (v && v->kind == J::Str) return &v->s;
  }
  return nullptr;
}

void dec(const J& j, bool& out) {
  if (j.kind != J::Bool) bad("a boolean", j);
  out = j.b;
}

void dec(const J& j, std::string& out) {
  if (j.kind != J::Str) bad("a string", j);
  out = j.s;
}

const std::vector<J>& items(const J& j, const char* want) {
  if (j.kind == J::Arr) return j.a;
  if (j.tag() == "set") {
    const J* v = j.get("v");
    if (v && v->kind == J::Arr) return v->a;
  }
  bad(want, j);
}

std::vector<std::pair<J, const J*>> entries(const J& j, const char* want) {
  std::vector<std::pair<J, const J*>> out;
  std::string t = j.tag();
  if (t == "map") {
    const J* v = j.get("v");
    if (!v || v->kind != J::Arr) bad(want, j);
    for (auto& pair : v->a) {
      if (pair.kind != J::Arr || pair.a.size() != 2) bad(want, j);
      out.emplace_back(pair.a[0], &pair.a[1]);
    }
    return out;
  }
  const J* obj = &j;
  if (t == "obj") obj = j.get("v");
  if (!obj || obj->kind != J::Obj) bad(want, j);
  for (auto& kv : obj->o) {
    J k;
    k.kind = J::Str;
    k.s = kv.first;
    out.emplace_back(std::move(k), &kv.second);
  }
  return out;
}

// ---- encoding ----

int wire = 1;

void Out::str(const std::string& v) {
  s += '"';
  for (unsigned char c : v) {
    switch (c) {
      case '"': s += "\\\""; break;
      case '\\': s += "\\\\"; break;
      case '\n': s += "\\n"; break;
      case '\r': s += "\\r"; break;
      case '\t': s += "\\t"; break;
      default:
        if (c < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); s += b; }
        else s += char(c);
    }
  }
  s += '"';
}

std::string float_text(double v) {
  char b[40];
  for (int prec = 15; prec <= 17; ++prec) {
    std::snprintf(b, sizeof b, "%.*g", prec, v);
    if (std::strtod(b, nullptr) == v) break;
  }
  return b;
}

RecordOut::RecordOut(Out& out) : o(out) { o.raw(wire >= 2 ? "{\"$\":\"map\",\"v\":[" : "{\"$\":\"obj\",\"v\":{"); }
void RecordOut::done() { o.raw(wire >= 2 ? "]}" : "}}"); }

const J* RecordIn::get(const char* name) const {
  if (obj) return obj->get(name);
  for (auto& pair : pairs->a)
    if (pair.kind == J::Arr && pair.a.size() == 2 && pair.a[0].kind == J::Str && pair.a[0].s == name) return &pair.a[1];
  return nullptr;
}

RecordIn record_object(const J& j) {
  std::string t = j.tag();
  RecordIn r;
  if (t == "obj") {
    const J* v = j.get("v");
    if (v && v->kind == J::Obj) r.obj = v;
  } else if (t == "map") {
    const J* v = j.get("v");
    if (v && v->kind == J::Arr) r.pairs = v;
  } else if (j.kind == J::Obj) r.obj = &j;
  if (!r.obj && !r.pairs) bad("an object", j);
  return r;
}

// ---- Json ----

// The digits of an integer as a Json int; a value beyond 64 bits is refused, never rounded.
Json json_int(const std::string& digits) {
  errno = 0;
  char* e = nullptr;
  long long v = std::strtoll(digits.c_str(), &e, 10);
  if (errno || *e || digits.empty()) throw BadInput("the integer " + digits + " does not fit Json's int (64 bits, long long)");
  return Json(v);
}

// RFC 8259's number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
bool json_number_text(const std::string& s) {
  std::size_t k = 0, n = s.size();
  auto digits = [&] {
    std::size_t from = k;
    while (k < n && std::isdigit((unsigned char)s[k])) ++k;
    return k > from;
  };
  if (k < n && s[k] == '-') ++k;
  if (k < n && s[k] == '0') ++k;
  else if (!digits()) return false;
  if (k < n && s[k] == '.') {
    ++k;
    if (!digits()) return false;
  }
  if (k < n && (s[k] == 'e' || s[k] == 'E')) {
    ++k;
    if (k < n && (s[k] == '+' || s[k] == '-')) ++k;
    if (!digits()) return false;
  }
  return k == n;
}

// A parsed value as a Json: a wire value (tags read, PROTOCOL.md) or plain JSON text (no tags).
Json json_from(const J& j, bool wire_value) {
  Json out;
  switch (j.kind) {
    case J::Null: return out;
    case J::Bool: return Json(j.b);
    case J::Str: return Json(j.s);
    case J::Num: {
      if (wire_value) {
        if (integral_text(j.s)) return json_int(j.s);
        double d = std::strtod(j.s.c_str(), nullptr);
        // The sender writes a whole float tagged, so a plain number with a whole value is an int.
        if (std::isfinite(d) && std::trunc(d) == d) {
          if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) return Json((long long)d);
          throw BadInput("the integer " + j.s + " does not fit Json's int (64 bits, long long)");
        }
        return Json(d);
      }
      if (!json_number_text(j.s)) throw Json::parse_error("Json::parse: \"" + j.s + "\" is not a JSON number");
      if (integral_text(j.s)) {
        errno = 0;
        long long v = std::strtoll(j.s.c_str(), nullptr, 10);
        if (!errno) return Json(v);
      }
      return Json(std::strtod(j.s.c_str(), nullptr));
    }
    case J::Arr:
      out.k_ = Json::Kind::Array;
      out.a_.reserve(j.a.size());
      for (auto& x : j.a) out.a_.push_back(json_from(x, wire_value));
      return out;
    case J::Obj: break;
  }
  out.k_ = Json::Kind::Object;
  std::string t = wire_value ? j.tag() : "";
  const J* obj = &j;
  if (t == "int" || t == "big") {
    const J* v = j.get("v");
    if (!v || v->kind != J::Str) bad("an integer", j);
    return json_int(v->s);
  }
  if (t == "float" || t == "NaN" || t == "Inf" || t == "-Inf" || t == "-0") {
    double d = 0;
    dec(j, d);
    return Json(d);
  }
  if (t == "undef") return Json();
  if (t == "map") {
    const J* v = j.get("v");
    if (!v || v->kind != J::Arr) bad("a JSON object", j);
    out.o_.reserve(v->a.size());
    for (auto& pair : v->a) {
      if (pair.kind != J::Arr || pair.a.size() != 2) bad("a JSON object", j);
      if (pair.a[0].kind != J::Str) throw BadInput("a map whose keys are not all strings is not a JSON object");
      out.o_.emplace_back(pair.a[0].s, json_from(pair.a[1], true));
    }
    return out;
  }
  if (t == "obj") obj = j.get("v");  // wire format 1
  else if (!t.empty()) throw BadInput("JSON has no form for a value tagged \"" + t + "\" (a set, or a value of no data form)");
  if (!obj || obj->kind != J::Obj) bad("a JSON object", j);
  out.o_.reserve(obj->o.size());
  for (auto& kv : obj->o) out.o_.emplace_back(kv.first, json_from(kv.second, wire_value));
  return out;
}

Json Json::parse(const std::string& text) {
  Parser ps{text.data(), text.data() + text.size()};
  J j;
  try {
    j = ps.value();
    ps.ws();
  } catch (const BadInput&) {
    throw parse_error("Json::parse: the text is not JSON");
  }
  if (ps.p != ps.end) throw parse_error("Json::parse: the text goes on after the JSON value");
  return json_from(j, false);
}

void dec(const J& j, Json& out) { out = json_from(j, true); }

// ---- the process: config, channels, lifeline, limits, signals ----

struct Channels {
  int cases = 4, results = 3, lifeline = 5;
};
Channels ch;
volatile sig_atomic_t current_case = -1;
char sig_prefix[64];
std::size_t sig_prefix_len = 0;

void write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    p += w;
    n -= std::size_t(w);
  }
}

// One record: the token (held in the prefix the signal handler writes too), the JSON, a newline.
void send(const std::string& json) {
  std::string line;
  line.reserve(sig_prefix_len + json.size() + 1);
  line.append(sig_prefix, sig_prefix_len).append(json) += '\n';
  write_all(ch.results, line.data(), line.size());
}

// Every process below this one (Linux: /proc parent links), then the process group.
void kill_tree() {
#if defined(__linux__)
  std::vector<std::pair<int, int>> links;
  if (DIR* d = opendir("/proc")) {
    while (dirent* e = readdir(d)) {
      if (!std::isdigit((unsigned char)e->d_name[0])) continue;
      char path[64];
      std::snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
      FILE* f = std::fopen(path, "r");
      if (!f) continue;
      char buf[512];
      std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
      std::fclose(f);
      buf[n] = 0;
      const char* close = std::strrchr(buf, ')');
      int ppid = 0;
      if (close && std::sscanf(close + 1, " %*c %d", &ppid) == 1) links.emplace_back(std::atoi(e->d_name), ppid);
    }
    closedir(d);
  }
  std::vector<int> tree{int(getpid())};
  for (std::size_t k = 0; k < tree.size(); ++k)
    for (auto& l : links)
      if (l.second == tree[k]) tree.push_back(l.first);
  for (std::size_t k = 1; k < tree.size(); ++k) ::kill(tree[k], SIGKILL);
#endif
  // The judge starts the harness in its own process group: stop the rest of the group too.
  if (getpgrp() == getpid()) ::kill(0, SIGKILL);
  _exit(137);
}

long rss_limit_mb = 0;
long output_cap = 1 << 20;

// What a case prints: fds 1 and 2 go to two unlinked files in the run's folder, read back after
// each case into its record (a pipe read by the parent could deliver it after the record).
struct Capture {
  int fd = -1;
  off_t read_at = 0;
  void open_for(int target) {
    char name[] = "./.drills-out-XXXXXX";
    fd = mkstemp(name);
    if (fd < 0) return;
    unlink(name);
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    // Appending: after the file is emptied between cases, writes start again at its beginning.
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_APPEND);
    dup2(fd, target);
  }
  off_t size() const {
    struct stat st {};
    return fd >= 0 && fstat(fd, &st) == 0 ? st.st_size : 0;
  }
  // Everything written since the last take, at most `cap` bytes.
  std::string take(long cap) {
    std::string out;
    off_t end = size();
    // Nothing printed (the usual case): the file is already empty, no need to truncate it again.
    if (end == 0 && read_at == 0) return out;
    off_t n = std::min<off_t>(end - read_at, cap);
    if (n > 0) {
      out.resize(std::size_t(n));
      ssize_t got = pread(fd, out.data(), std::size_t(n), read_at);
      out.resize(got > 0 ? std::size_t(got) : 0);
    }
    read_at = 0;
    if (fd >= 0 && ftruncate(fd, 0) != 0) read_at = end;
    return out;
  }
};
Capture cap_out, cap_err;
volatile sig_atomic_t case_running = 0;

long peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
#if defined(__APPLE__)
  return long(u.ru_maxrss / (1024 * 1024));
#else
  return long(u.ru_maxrss / 1024);
#endif
}

// A case that prints past the cap is stopped: the parent cannot see output that goes to a file.
void check_output() {
  if (case_running && cap_out.size() + cap_err.size() > output_cap) {
    send("{\"t\":\"limit\",\"kind\":\"output\"}");
    kill_tree();
  }
}

// Watches the lifeline: end of file means the parent is gone. Every 20 ms it also checks the
// case's output and, where the platform does not enforce an address-space limit, resident memory.
void lifeline() {
  char b[64];
  while (true) {
    {
      pollfd p{ch.lifeline, POLLIN, 0};
      int r = poll(&p, 1, 20);
      if (r == 0) {
        check_output();
        if (rss_limit_mb > 0 && peak_rss_mb() > rss_limit_mb) {
          send("{\"t\":\"limit\",\"kind\":\"memory\"}");
          kill_tree();
        }
        continue;
      }
    }
    ssize_t n = ::read(ch.lifeline, b, sizeof b);
    if (n > 0 || (n < 0 && errno == EINTR)) continue;
    kill_tree();
  }
}

const char* signal_text(int sig) {
  switch (sig) {
    case SIGSEGV: return "SIGSEGV (segmentation fault: a null or dangling pointer, an index out of range, or recursion too deep for the stack)";
    case SIGBUS: return "SIGBUS (bus error: a bad memory access)";
    case SIGFPE: return "SIGFPE (arithmetic error: an integer division or remainder by zero, or INT_MIN / -1)";
    case SIGABRT: return "SIGABRT (abort: a failed assert(), an uncaught exception in a destructor or a thread, or a corrupted heap such as a double delete)";
    case SIGILL: return "SIGILL (illegal instruction: often a non-void function that ends without a return)";
    default: return "a fatal signal";
  }
}

// Runs on the alternate stack (a stack overflow is a SIGSEGV too): reports the case, then exits.
// Only async-signal-safe calls here.
static void on_fatal_signal(int sig) {
  int i = current_case;
  if (i >= 0) {
    char buf[1024];
    std::size_t n = 0;
    auto put = [&](const char* t) { while (*t && n < sizeof buf - 2) buf[n++] = *t++; };
    std::memcpy(buf, sig_prefix, sig_prefix_len);
    n = sig_prefix_len;
    put("{\"t\":\"result\",\"i\":");
    char digits[16];
    int d = 0;
    unsigned v = unsigned(i);
    do { digits[d++] = char('0' + v % 10); v /= 10; } while (v);
    while (d) buf[n++] = digits[--d];
    put(",\"ok\":false,\"error\":\"Runtime error: signal ");
    put(signal_text(sig));
    put(". C++ is compiled without debug information, so the line is not known.\",\"fatal\":true}");
    buf[n++] = '\n';
    write_all(ch.results, buf, n);
  }
  signal(sig, SIG_DFL);
  _exit(128 + sig);
}

std::string config_path() {
#if defined(__APPLE__)
  int argc = *_NSGetArgc();
  char** argv = *_NSGetArgv();
  return argc > 1 ? argv[argc - 1] : "";
#else
  FILE* f = std::fopen("/proc/self/cmdline", "rb");
  if (!f) return "";
  std::string all;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) all.append(buf, n);
  std::fclose(f);
  if (!all.empty() && all.back() == '\0') all.pop_back();
  std::size_t at = all.rfind('\0');
  return at == std::string::npos ? "" : all.substr(at + 1);
#endif
}

long num_field(const J* j, long fallback) {
  return j && j->kind == J::Num ? std::atol(j->s.c_str()) : fallback;
}

// Set once the program serves cases: before that, std::terminate means an exception escaped the
// initialiser of a global in the person's file.
static volatile sig_atomic_t serving = 0;
[[noreturn]] static void on_terminate();

// Runs during static initialisation of the driver (drills.hpp), before the person's file's globals.
Boot::Boot() {
  std::string path = config_path();
  std::string text;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
    std::fclose(f);
  }
  std::remove(path.c_str());
  J cfg;
  try {
    cfg = parse(text);
  } catch (...) {
    std::fprintf(stderr, "the judge's config could not be read\n");
    _exit(2);
  }
  std::string token;
  if (const J* t = cfg.get("token"); t && t->kind == J::Str) token = t->s;
  if (const J* c = cfg.get("channels")) {
    ch.cases = int(num_field(c->get("cases"), 4));
    ch.results = int(num_field(c->get("results"), 3));
    ch.lifeline = int(num_field(c->get("lifeline"), 5));
  }
  wire = int(num_field(cfg.get("wire"), 1));
  output_cap = num_field(cfg.get("outputCap"), output_cap);
  cap_out.open_for(1);
  cap_err.open_for(2);
  for (int fd : {ch.cases, ch.results, ch.lifeline}) fcntl(fd, F_SETFD, FD_CLOEXEC);
  std::string prefix = token + " ";
  sig_prefix_len = std::min(prefix.size(), sizeof sig_prefix);
  std::memcpy(sig_prefix, prefix.data(), sig_prefix_len);
  if (const J* m = cfg.get("memory")) {
    long as = num_field(m->get("addressSpaceMb"), 0);
    if (as > 0) {
      rlimit r{rlim_t(as) * 1024 * 1024, rlim_t(as) * 1024 * 1024};
      setrlimit(RLIMIT_AS, &r);
    }
    rss_limit_mb = num_field(m->get("rssMb"), 0);
  }
  static std::vector<char> alt(1 << 16);
  stack_t ss{};
  ss.ss_sp = alt.data();
  ss.ss_size = alt.size();
  sigaltstack(&ss, nullptr);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGILL}) {
    struct sigaction sa {};
    sa.sa_handler = on_fatal_signal;
    sa.sa_flags = SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, nullptr);
  }
  std::set_terminate(on_terminate);
  std::thread(lifeline).detach();
}

std::string demangle(const char* name) {
  int status = 0;
  char* d = abi::__cxa_demangle(name, nullptr, nullptr, &status);
  std::string out = status == 0 && d ? d : name;
  std::free(d);
  // The person's file calls it Json: name its exceptions that way (Json::type_error).
  if (out.rfind("drills_::Json::", 0) == 0) out.erase(0, 9);
  return out;
}

std::string current_exception_text() {
  try {
    throw;
  } catch (const BadInput& e) {
    return std::string("the test's input does not fit your code: ") + e.what();
  } catch (const std::exception& e) {
    return "Runtime error: " + demangle(typeid(e).name()) + ": " + e.what() + " (C++ does not give the line of an exception)";
  } catch (const std::string& e) {
    return "Runtime error: a std::string was thrown: " + e;
  } catch (const char* e) {
    return std::string("Runtime error: a string was thrown: ") + e;
  } catch (int e) {
    return "Runtime error: the int " + std::to_string(e) + " was thrown";
  } catch (...) {
    return "Runtime error: an exception that is not a std::exception was thrown";
  }
}

// An exception thrown by a global's initialiser in the person's file ends the program before main:
// report it as the load's failure, named, rather than as an abort with no words. Once cases are
// served, std::terminate aborts as usual, and the SIGABRT handler reports the case.
[[noreturn]] static void on_terminate() {
  if (!serving) {
    std::string error = "Runtime error: std::terminate was called";
    if (std::exception_ptr e = std::current_exception()) {
      try {
        std::rethrow_exception(e);
      } catch (...) {
        error = current_exception_text();
      }
    }
    Out text;
    text.str(error + "; it escaped the initialiser of a global variable in your file, before any case ran");
    send("{\"t\":\"load\",\"ok\":false,\"kind\":\"runtime-error\",\"error\":" + text.s + "}");
    _exit(1);
  }
  std::abort();
}

void flush_output() {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(stdout);
  std::fflush(stderr);
}

// One JSON line at a time from the cases channel.
struct LineIn {
  std::string buf;
  std::size_t start = 0;
  bool next(std::string& line) {
    while (true) {
      std::size_t nl = buf.find('\n', start);
      if (nl != std::string::npos) {
        line.assign(buf, start, nl - start);
        start = nl + 1;
        if (start > (1 << 20)) { buf.erase(0, start); start = 0; }
        return true;
      }
      char tmp[65536];
      ssize_t n = ::read(ch.cases, tmp, sizeof tmp);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      buf.append(tmp, std::size_t(n));
    }
  }
};

// Only a case the parent times between "ready" and "returned" (timed, or sent alone) hears of it.
void Moments::ready() {
  if (!watched) return;
  send("{\"t\":\"ready\",\"i\":" + id + "}");
  std::string go;
  while (timed) {
    if (!in->next(go)) kill_tree();
    try {
      J g = parse(go);
      const J* gt = g.get("t");
      const J* gi = g.get("i");
      if (gt && gt->kind == J::Str && gt->s == "go" && gi && gi->s == id) return;
    } catch (...) {
    }
  }
}

void Moments::returned() {
  if (watched) send("{\"t\":\"returned\",\"i\":" + id + "}");
}

int serve(void (*run_case)(const J& c, Out& o, Moments& at)) {
  serving = 1;
  send("{\"t\":\"load\",\"ok\":true}");
  LineIn in;
  std::string line;
  while (in.next(line)) {
    J c;
    try {
      c = parse(line);
    } catch (...) {
      continue;
    }
    if (c.kind != J::Obj) continue;
    const J* t = c.get("t");
    const J* ij = c.get("i");
    if (!t || t->kind != J::Str || t->s != "case" || !ij || ij->kind != J::Num) continue;
    std::string is = ij->s;
    current_case = std::atoi(is.c_str());
    bool timed = false;
    if (const J* tj = c.get("timed")) timed = tj->kind == J::Bool && tj->b;
    int reps = 1;
    if (const J* rj = c.get("reps"); timed && rj && rj->kind == J::Num) reps = std::max(1, std::min(1000000, std::atoi(rj->s.c_str())));
    bool clock = false;
    if (const J* cj = c.get("clock")) clock = cj->kind == J::Bool && cj->b;
    Moments at{&in, is, timed, timed || clock, reps};
    Out o;
    std::string error;
    case_running = 1;
    bool memory = false;
    try {
      run_case(c, o, at);
    } catch (const std::bad_alloc&) {
      memory = true;
      error = "ran out of memory (std::bad_alloc)";
    } catch (...) {
      error = current_exception_text();
    }
    flush_output();
    case_running = 0;
    Out printed;
    printed.raw(",\"out\":");
    printed.str(cap_out.take(output_cap));
    printed.raw(",\"err\":");
    printed.str(cap_err.take(output_cap));
    if (error.empty()) {
      send("{\"t\":\"result\",\"i\":" + is + ",\"ok\":true,\"value\":" + o.s + printed.s + "}");
    } else {
      Out e;
      e.str(error);
      send("{\"t\":\"result\",\"i\":" + is + ",\"ok\":false,\"memory\":" + (memory ? "true" : "false") + ",\"error\":" + e.s + printed.s + "}");
    }
    current_case = -1;
  }
  flush_output();
  kill_tree();
  return 0;
}

const std::string& case_type(const J& c) {
  static const std::string none;
  const J* t = c.get("type");
  return t && t->kind == J::Str ? t->s : none;
}

const J& case_field(const J& c, const char* name) {
  static const J null;
  const J* v = c.get(name);
  return v ? *v : null;
}


}  // namespace drills_
