// The C++ harness of Interview Drills (see ../PROTOCOL.md). A generated driver includes this file,
// then the person's solution, then the glue for the drill's signature. Everything the person's code
// could touch lives in namespace drills_ (and a few macros-free globals), so LeetCode-style code
// with `using namespace std;` compiles unchanged. POSIX only (Linux, macOS).
#include <algorithm>
#include <array>
#include <bitset>
#include <cassert>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <iostream>
#include <iterator>
#include <limits>
#include <list>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <sstream>
#include <stack>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>
#include <cxxabi.h>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__APPLE__)
#include <crt_externs.h>
#endif

namespace drills_ {

// ---- JSON values (the wire format: numbers keep their text, so integers are exact) ----

struct J {
  enum Kind { Null, Bool, Num, Str, Arr, Obj } kind = Null;
  bool b = false;
  std::string s;  // number text or string value
  std::vector<J> a;
  std::vector<std::pair<std::string, J>> o;
  // Defined with the harness's compiled part, so a solution's compile does not generate them.
  J();
  J(const J&);
  J(J&&) noexcept;
  J& operator=(const J&);
  J& operator=(J&&) noexcept;
  ~J();
  const J* get(const char* key) const;
  // The wire tag of `{"$": "...", ...}`, or "".
  std::string tag() const;
};

struct BadInput : std::runtime_error {
  using std::runtime_error::runtime_error;
};

J parse(const std::string& text);

// ---- decoding wire values into C++ types ----

[[noreturn]] void bad(const char* want, const J& j);

bool integral_text(const std::string& s);

// The digits of an integer: a plain JSON integer, or {"$":"int"|"big","v":"digits"}.
const std::string* int_text(const J& j);

template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
void dec(const J& j, T& out) {
  const std::string* s = int_text(j);
  if (!s) bad("an integer", j);
  errno = 0;
  char* e = nullptr;
  if constexpr (std::is_signed_v<T>) {
    long long v = std::strtoll(s->c_str(), &e, 10);
    if (errno || *e || v < (long long)std::numeric_limits<T>::min() || v > (long long)std::numeric_limits<T>::max()) throw BadInput("the integer " + *s + " does not fit the parameter's C++ type");
    out = T(v);
  } else {
    unsigned long long v = std::strtoull(s->c_str(), &e, 10);
    if (errno || *e || (*s)[0] == '-' || v > (unsigned long long)std::numeric_limits<T>::max()) throw BadInput("the integer " + *s + " does not fit the parameter's C++ type");
    out = T(v);
  }
}

void dec(const J& j, bool& out);

template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
void dec(const J& j, T& out) {
  if (j.kind == J::Num) { out = T(std::strtod(j.s.c_str(), nullptr)); return; }
  std::string t = j.tag();
  if (t == "NaN") out = std::numeric_limits<T>::quiet_NaN();
  else if (t == "Inf") out = std::numeric_limits<T>::infinity();
  else if (t == "-Inf") out = -std::numeric_limits<T>::infinity();
  else if (t == "-0") out = T(-0.0);
  else if (t == "float" || t == "int" || t == "big") {
    const J* v = j.get("v");
    if (!v || v->kind != J::Str) bad("a number", j);
    out = T(std::strtod(v->s.c_str(), nullptr));
  } else bad("a number", j);
}

void dec(const J& j, std::string& out);

// The elements of a list or set: [..] or {"$":"set","v":[..]}.
const std::vector<J>& items(const J& j, const char* want);

// The entries of a map or record: {"$":"map","v":[[k,v]..]}, {"$":"obj","v":{..}} or a plain object.
// Keys come back as JSON values (strings for objects).
std::vector<std::pair<J, const J*>> entries(const J& j, const char* want);

// A map key: integer keys may arrive as object keys (text).
template <class K>
void dec_key(const J& k, K& out) {
  if constexpr (std::is_integral_v<K>) {
    if (k.kind == J::Str) {
      J n;
      n.kind = J::Num;
      n.s = k.s;
      dec(n, out);
      return;
    }
  }
  dec(k, out);
}

template <class T> void dec(const J& j, std::vector<T>& out);
template <class T, class H, class E, class A> void dec(const J& j, std::unordered_set<T, H, E, A>& out);
template <class T, class C, class A> void dec(const J& j, std::set<T, C, A>& out);
template <class K, class V, class H, class E, class A> void dec(const J& j, std::unordered_map<K, V, H, E, A>& out);
template <class K, class V, class C, class A> void dec(const J& j, std::map<K, V, C, A>& out);
template <class T> void dec(const J& j, std::optional<T>& out);
template <class... T> void dec(const J& j, std::tuple<T...>& out);
template <class A, class B> void dec(const J& j, std::pair<A, B>& out);
template <class T, std::enable_if_t<std::is_class_v<T>, int> = 0> void dec(const J& j, T*& out);

template <class T> void dec(const J& j, std::vector<T>& out) {
  const auto& xs = items(j, "a list");
  out.clear();
  out.reserve(xs.size());
  for (auto& x : xs) {
    T v{};
    dec(x, v);
    out.push_back(std::move(v));
  }
}
template <class T, class H, class E, class A> void dec(const J& j, std::unordered_set<T, H, E, A>& out) {
  out.clear();
  for (auto& x : items(j, "a set")) { T v{}; dec(x, v); out.insert(std::move(v)); }
}
template <class T, class C, class A> void dec(const J& j, std::set<T, C, A>& out) {
  out.clear();
  for (auto& x : items(j, "a set")) { T v{}; dec(x, v); out.insert(std::move(v)); }
}
template <class K, class V, class H, class E, class A> void dec(const J& j, std::unordered_map<K, V, H, E, A>& out) {
  out.clear();
  for (auto& kv : entries(j, "a map")) { K k{}; dec_key(kv.first, k); V v{}; dec(*kv.second, v); out.emplace(std::move(k), std::move(v)); }
}
template <class K, class V, class C, class A> void dec(const J& j, std::map<K, V, C, A>& out) {
  out.clear();
  for (auto& kv : entries(j, "a map")) { K k{}; dec_key(kv.first, k); V v{}; dec(*kv.second, v); out.emplace(std::move(k), std::move(v)); }
}
template <class T> void dec(const J& j, std::optional<T>& out) {
  if (j.kind == J::Null) { out.reset(); return; }
  T v{};
  dec(j, v);
  out = std::move(v);
}
template <class Tup, std::size_t... I> void dec_tuple(const std::vector<J>& xs, Tup& out, std::index_sequence<I...>) {
  (dec(xs[I], std::get<I>(out)), ...);
}
template <class... T> void dec(const J& j, std::tuple<T...>& out) {
  if (j.kind != J::Arr || j.a.size() != sizeof...(T)) bad("a tuple (a list of fixed length)", j);
  dec_tuple(j.a, out, std::index_sequence_for<T...>{});
}
template <class A, class B> void dec(const J& j, std::pair<A, B>& out) {
  if (j.kind != J::Arr || j.a.size() != 2) bad("a pair", j);
  dec(j.a[0], out.first);
  dec(j.a[1], out.second);
}
// A nullable record (TreeNode?) is a pointer, as on LeetCode; nodes live until the process ends.
template <class T, std::enable_if_t<std::is_class_v<T>, int>> void dec(const J& j, T*& out) {
  if (j.kind == J::Null) { out = nullptr; return; }
  out = new T();
  dec(j, *out);
}

// ---- encoding C++ values into the wire format ----

extern int wire;

struct Out {
  std::string s;
  void raw(const char* t) { s += t; }
  void str(const std::string& v);
};

inline void enc(Out& o, bool v) { o.raw(v ? "true" : "false"); }
inline void enc(Out& o, const std::string& v) { o.str(v); }
inline void enc(Out& o, const char* v) { if (v) o.str(v); else o.raw("null"); }
inline void enc(Out& o, std::string_view v) { o.str(std::string(v)); }
inline void enc(Out& o, char v) { o.str(std::string(1, v)); }
inline void enc(Out& o, std::nullptr_t) { o.raw("null"); }

template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>, int> = 0>
void enc(Out& o, T v) {
  std::string digits = std::to_string(v);
  const long long safe = 9007199254740991LL;
  bool big;
  if constexpr (std::is_signed_v<T>) big = (long long)v > safe || (long long)v < -safe;
  else big = (unsigned long long)v > (unsigned long long)safe;
  if (!big) { o.s += digits; return; }
  o.raw(wire >= 2 ? "{\"$\":\"int\",\"v\":\"" : "{\"$\":\"big\",\"v\":\"");
  o.s += digits;
  o.raw("\"}");
}

// The shortest text of a finite double that reads back the same.
std::string float_text(double v);

template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
void enc(Out& o, T value) {
  double v = double(value);
  if (std::isnan(v)) { o.raw("{\"$\":\"NaN\"}"); return; }
  if (std::isinf(v)) { o.raw(v > 0 ? "{\"$\":\"Inf\"}" : "{\"$\":\"-Inf\"}"); return; }
  if (v == 0 && std::signbit(v)) { o.raw("{\"$\":\"-0\"}"); return; }
  std::string t = float_text(v);
  // Every whole value is tagged, 1e+16 as well as 3: the parent reads a plain whole number as an int.
  if (wire >= 2 && std::trunc(v) == v) { o.raw("{\"$\":\"float\",\"v\":\""); o.s += integral_text(t) ? t + ".0" : t; o.raw("\"}"); return; }
  o.s += t;
}

template <class T> void enc(Out& o, const std::vector<T>& v);
template <class T, std::size_t N> void enc(Out& o, const std::array<T, N>& v);
template <class T, class H, class E, class A> void enc(Out& o, const std::unordered_set<T, H, E, A>& v);
template <class T, class C, class A> void enc(Out& o, const std::set<T, C, A>& v);
template <class K, class V, class H, class E, class A> void enc(Out& o, const std::unordered_map<K, V, H, E, A>& v);
template <class K, class V, class C, class A> void enc(Out& o, const std::map<K, V, C, A>& v);
template <class T> void enc(Out& o, const std::optional<T>& v);
template <class... T> void enc(Out& o, const std::tuple<T...>& v);
template <class A, class B> void enc(Out& o, const std::pair<A, B>& v);
template <class T, std::enable_if_t<std::is_class_v<T>, int> = 0> void enc(Out& o, T* v);

template <class It> void enc_list(Out& o, It b, It e) {
  o.s += '[';
  for (It it = b; it != e; ++it) {
    if (it != b) o.s += ',';
    enc(o, *it);
  }
  o.s += ']';
}
template <class T> void enc(Out& o, const std::vector<T>& v) {
  if constexpr (std::is_same_v<T, bool>) {
    o.s += '[';
    for (std::size_t k = 0; k < v.size(); ++k) { if (k) o.s += ','; enc(o, bool(v[k])); }
    o.s += ']';
  } else enc_list(o, v.begin(), v.end());
}
template <class T, std::size_t N> void enc(Out& o, const std::array<T, N>& v) { enc_list(o, v.begin(), v.end()); }
template <class Set> void enc_set(Out& o, const Set& v) {
  if (wire >= 2) { o.raw("{\"$\":\"set\",\"v\":"); enc_list(o, v.begin(), v.end()); o.s += '}'; }
  else enc_list(o, v.begin(), v.end());
}
template <class T, class H, class E, class A> void enc(Out& o, const std::unordered_set<T, H, E, A>& v) { enc_set(o, v); }
template <class T, class C, class A> void enc(Out& o, const std::set<T, C, A>& v) { enc_set(o, v); }
template <class Map> void enc_map(Out& o, const Map& m) {
  bool first = true;
  if (wire >= 2) {
    o.raw("{\"$\":\"map\",\"v\":[");
    for (auto& kv : m) {
      if (!first) o.s += ',';
      first = false;
      o.s += '[';
      enc(o, kv.first);
      o.s += ',';
      enc(o, kv.second);
      o.s += ']';
    }
    o.raw("]}");
    return;
  }
  o.raw("{\"$\":\"obj\",\"v\":{");
  for (auto& kv : m) {
    if (!first) o.s += ',';
    first = false;
    if constexpr (std::is_integral_v<std::decay_t<decltype(kv.first)>>) o.str(std::to_string(kv.first));
    else o.str(kv.first);
    o.s += ':';
    enc(o, kv.second);
  }
  o.raw("}}");
}
template <class K, class V, class H, class E, class A> void enc(Out& o, const std::unordered_map<K, V, H, E, A>& v) { enc_map(o, v); }
template <class K, class V, class C, class A> void enc(Out& o, const std::map<K, V, C, A>& v) { enc_map(o, v); }
template <class T> void enc(Out& o, const std::optional<T>& v) {
  if (v) enc(o, *v);
  else o.raw("null");
}
template <class... T> void enc(Out& o, const std::tuple<T...>& v) {
  o.s += '[';
  bool first = true;
  std::apply([&](const auto&... xs) { ((o.s += first ? "" : ",", first = false, enc(o, xs)), ...); }, v);
  o.s += ']';
}
template <class A, class B> void enc(Out& o, const std::pair<A, B>& v) {
  o.s += '[';
  enc(o, v.first);
  o.s += ',';
  enc(o, v.second);
  o.s += ']';
}
template <class T, std::enable_if_t<std::is_class_v<T>, int>> void enc(Out& o, T* v) {
  if (!v) o.raw("null");
  else enc(o, *v);
}

// Records: `{"$":"obj","v":{..}}` in wire format 1; in wire format 2 a string-keyed map,
// `{"$":"map","v":[["val",1],..]}`, as the parent sends them (no plain object is on the wire).
struct RecordOut {
  Out& o;
  bool first = true;
  explicit RecordOut(Out& out);
  template <class T> void field(const char* name, const T& v) {
    if (!first) o.s += ',';
    first = false;
    if (wire >= 2) o.s += '[';
    o.str(name);
    o.s += wire >= 2 ? ',' : ':';
    enc(o, v);
    if (wire >= 2) o.s += ']';
  }
  template <class T> void optional_field(const char* name, const std::optional<T>& v) {
    if (v) field(name, *v);
  }
  void done();
};

// A record's fields: a plain object, `{"$":"obj","v":{..}}` (wire format 1), or a string-keyed map
// `{"$":"map","v":[["val",1],..]}` (wire format 2). A view, not a copy: deep records stay linear.
struct RecordIn {
  const J* obj = nullptr;   // a plain object
  const J* pairs = nullptr; // the map tag's [[k,v]..]
  const J* get(const char* name) const;
};
RecordIn record_object(const J& j);
// Required fields must be there (null for a nullable one).
template <class T> void field(const RecordIn& rec, const char* name, T& out) {
  const J* v = rec.get(name);
  static const J null;
  dec(v ? *v : null, out);
}

// ---- Json: the drill type `json` (any JSON value) ----

// What a solution receives and returns where a drill's signature says `json`: null, a bool, an
// int (64 bits), a float (double), a string, an array, or an object whose keys keep the order they
// arrived or were added in. The driver names it `Json` in the person's file (only in drills that
// use json, so a person's own type of that name elsewhere still compiles). It reads much like a
// small nlohmann::json, except that reading a missing key is not an error (below):
//
//   j.is_object(), j.contains("exp"), j.at("exp").as_int(), j["roles"][0].as_string()
//   for (auto& [key, value] : j.items()) ...      for (const Json& x : j) ...  (an array)
//   Json out = Json::object(); out["ok"] = true; out["ids"] = Json::array({1, 2});
//
// `at(key)`, and `[key]` on a const Json, never add a key: they give null for a missing one (and
// on null, so `j.at("a").at("b")` is null when "a" is missing). `[key]` on a non-const Json
// adds a missing key with null, as std::map does, so that `j[key] = v` builds objects. Asking a
// value for what it is not (as_int() of a string, [0] of an object) throws Json::type_error; an
// index past the end throws std::out_of_range. An int is not a float: as_int() of 3.0 throws,
// as_double() reads both. `==` compares as JSON does: numbers by value (3 == 3.0), objects by
// their keys in any order.
class Json {
 public:
  enum class Kind { Null, Bool, Int, Float, String, Array, Object };
  struct type_error : std::logic_error {
    using std::logic_error::logic_error;
  };
  struct parse_error : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
  };

  Json() = default;
  Json(std::nullptr_t) {}
  Json(bool v) : k_(Kind::Bool), b_(v) {}
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>, int> = 0>
  Json(T v) : k_(Kind::Int), i_((long long)v) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(long long))
      if (v > (unsigned long long)LLONG_MAX) throw std::out_of_range("Json holds integers of 64 bits (long long), not " + std::to_string(v));
  }
  template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
  Json(T v) : k_(Kind::Float), d_(double(v)) {}
  Json(const char* v) : k_(v ? Kind::String : Kind::Null), s_(v ? v : "") {}
  Json(char* v) : Json(static_cast<const char*>(v)) {}
  Json(std::string v) : k_(Kind::String), s_(std::move(v)) {}
  // A char is neither a number nor a string here: write Json(string(1, c)) or Json(int(c)).
  Json(char) = delete;
  // Any other pointer would silently become a bool.
  template <class T> Json(T*) = delete;

  static Json array(std::initializer_list<Json> items = {}) {
    Json j;
    j.k_ = Kind::Array;
    j.a_.assign(items.begin(), items.end());
    return j;
  }
  static Json object(std::initializer_list<std::pair<std::string, Json>> entries = {}) {
    Json j;
    j.k_ = Kind::Object;
    for (auto& kv : entries) j[kv.first] = kv.second;
    return j;
  }
  // Plain JSON text (a JWT's payload, say): an integer is an int (a float when it does not fit
  // 64 bits), a number with a fraction or exponent a float, `{"$": ...}` an ordinary object.
  // Malformed text throws Json::parse_error.
  static Json parse(const std::string& text);

  Kind kind() const { return k_; }
  bool is_null() const { return k_ == Kind::Null; }
  bool is_bool() const { return k_ == Kind::Bool; }
  bool is_int() const { return k_ == Kind::Int; }
  bool is_float() const { return k_ == Kind::Float; }
  bool is_number() const { return k_ == Kind::Int || k_ == Kind::Float; }
  bool is_string() const { return k_ == Kind::String; }
  bool is_array() const { return k_ == Kind::Array; }
  bool is_object() const { return k_ == Kind::Object; }

  bool as_bool() const {
    if (k_ != Kind::Bool) wrong("as_bool()", "a bool");
    return b_;
  }
  long long as_int() const {
    if (k_ != Kind::Int) wrong("as_int()", "an int (a float, even 3.0, is read with as_double())");
    return i_;
  }
  double as_double() const {
    if (k_ == Kind::Int) return double(i_);
    if (k_ != Kind::Float) wrong("as_double()", "a number");
    return d_;
  }
  const std::string& as_string() const {
    if (k_ != Kind::String) wrong("as_string()", "a string");
    return s_;
  }

  // Elements of an array, entries of an object; null has none.
  std::size_t size() const {
    if (k_ == Kind::Array) return a_.size();
    if (k_ == Kind::Object) return o_.size();
    if (k_ != Kind::Null) wrong("size()", "an array or an object");
    return 0;
  }
  bool empty() const { return size() == 0; }

  const Json& operator[](std::size_t i) const { return element(i); }
  Json& operator[](std::size_t i) { return const_cast<Json&>(element(i)); }
  const Json& operator[](const std::string& key) const { return at(key); }
  Json& operator[](const std::string& key) {
    if (k_ == Kind::Null) k_ = Kind::Object;
    if (k_ != Kind::Object) wrong("[key]", "an object");
    for (auto& kv : o_)
      if (kv.first == key) return kv.second;
    o_.emplace_back(key, Json());
    return o_.back().second;
  }
  const Json& at(const std::string& key) const {
    if (k_ == Kind::Null) return null_json();
    if (k_ != Kind::Object) wrong("at(key)", "an object");
    for (auto& kv : o_)
      if (kv.first == key) return kv.second;
    return null_json();
  }
  bool contains(const std::string& key) const {
    if (k_ != Kind::Object) return false;
    for (auto& kv : o_)
      if (kv.first == key) return true;
    return false;
  }
  // An object's entries in order, as (key, value) pairs.
  const std::vector<std::pair<std::string, Json>>& items() const {
    if (k_ == Kind::Object) return o_;
    if (k_ != Kind::Null) wrong("items()", "an object");
    static const std::vector<std::pair<std::string, Json>> none;
    return none;
  }
  // An array's elements (also what `for (const Json& x : j)` walks).
  const std::vector<Json>& elements() const {
    if (k_ == Kind::Array) return a_;
    if (k_ != Kind::Null) wrong(k_ == Kind::Object ? "elements() (walk an object with items())" : "elements()", "an array");
    static const std::vector<Json> none;
    return none;
  }
  std::vector<Json>::const_iterator begin() const { return elements().begin(); }
  std::vector<Json>::const_iterator end() const { return elements().end(); }

  void push_back(Json v) {
    if (k_ == Kind::Null) k_ = Kind::Array;
    if (k_ != Kind::Array) wrong("push_back()", "an array");
    a_.push_back(std::move(v));
  }
  // Removes a key; whether it was there.
  bool erase(const std::string& key) {
    if (k_ != Kind::Object) return false;
    for (auto it = o_.begin(); it != o_.end(); ++it)
      if (it->first == key) {
        o_.erase(it);
        return true;
      }
    return false;
  }

  friend bool operator==(const Json& x, const Json& y) {
    if (x.is_number() && y.is_number()) {
      if (x.k_ == Kind::Int && y.k_ == Kind::Int) return x.i_ == y.i_;
      if (x.k_ == Kind::Float && y.k_ == Kind::Float) return x.d_ == y.d_;
      // An int and a float: equal only when the float is exactly that integer (no rounding through a double).
      long long i = x.k_ == Kind::Int ? x.i_ : y.i_;
      double d = x.k_ == Kind::Float ? x.d_ : y.d_;
      return d >= -9223372036854775808.0 && d < 9223372036854775808.0 && std::trunc(d) == d && (long long)d == i;
    }
    if (x.k_ != y.k_) return false;
    switch (x.k_) {
      case Kind::Null: return true;
      case Kind::Bool: return x.b_ == y.b_;
      case Kind::String: return x.s_ == y.s_;
      case Kind::Array: return x.a_ == y.a_;
      case Kind::Object:
        if (x.o_.size() != y.o_.size()) return false;
        for (auto& kv : x.o_)
          if (!y.contains(kv.first) || !(kv.second == y.at(kv.first))) return false;
        return true;
      default: return false;
    }
  }
  friend bool operator!=(const Json& x, const Json& y) { return !(x == y); }

  // Compact JSON text, keys in order; a whole float keeps its ".0", NaN and infinities are
  // written NaN, Infinity, -Infinity (which JSON itself has no text for).
  std::string dump() const {
    Out o;
    dump_to(o);
    return o.s;
  }
  friend std::ostream& operator<<(std::ostream& os, const Json& j) { return os << j.dump(); }

 private:
  Kind k_ = Kind::Null;
  bool b_ = false;
  long long i_ = 0;
  double d_ = 0;
  std::string s_;
  std::vector<Json> a_;
  std::vector<std::pair<std::string, Json>> o_;

  friend Json json_from(const J& j, bool wire_value);

  static const Json& null_json() {
    static const Json none;
    return none;
  }
  static const char* kind_name(Kind k) {
    static const char* names[] = {"null", "a bool", "an int", "a float", "a string", "an array", "an object"};
    return names[int(k)];
  }
  [[noreturn]] void wrong(const char* what, const char* needs) const {
    throw type_error(std::string("Json ") + what + " needs " + needs + ", this value is " + kind_name(k_));
  }
  const Json& element(std::size_t i) const {
    if (k_ != Kind::Array) wrong("[index]", "an array");
    if (i >= a_.size()) throw std::out_of_range("Json index " + std::to_string(i) + " is past the end of an array of " + std::to_string(a_.size()));
    return a_[i];
  }
  void dump_to(Out& o) const {
    switch (k_) {
      case Kind::Null: o.raw("null"); break;
      case Kind::Bool: o.raw(b_ ? "true" : "false"); break;
      case Kind::Int: o.s += std::to_string(i_); break;
      case Kind::Float:
        if (std::isnan(d_)) o.raw("NaN");
        else if (std::isinf(d_)) o.raw(d_ > 0 ? "Infinity" : "-Infinity");
        else {
          std::string t = float_text(d_);
          o.s += integral_text(t) ? t + ".0" : t;
        }
        break;
      case Kind::String: o.str(s_); break;
      case Kind::Array:
        o.s += '[';
        for (std::size_t k = 0; k < a_.size(); ++k) {
          if (k) o.s += ',';
          a_[k].dump_to(o);
        }
        o.s += ']';
        break;
      case Kind::Object:
        o.s += '{';
        for (std::size_t k = 0; k < o_.size(); ++k) {
          if (k) o.s += ',';
          o.str(o_[k].first);
          o.s += ':';
          o_[k].second.dump_to(o);
        }
        o.s += '}';
        break;
    }
  }
};

// A parsed value as a Json: a wire value (tags read, PROTOCOL.md) or plain JSON text (no tags).
Json json_from(const J& j, bool wire_value);
void dec(const J& j, Json& out);

// Ints beyond 2^53 and whole floats are tagged by the encoders of long long and double. A template
// of exactly Json, so that no other value (a pointer, say) is encoded through Json's conversions.
template <class T, std::enable_if_t<std::is_same_v<T, Json>, int> = 0>
void enc(Out& o, const T& v) {
  switch (v.kind()) {
    case Json::Kind::Null: o.raw("null"); return;
    case Json::Kind::Bool: enc(o, v.as_bool()); return;
    case Json::Kind::Int: enc(o, v.as_int()); return;
    case Json::Kind::Float: enc(o, v.as_double()); return;
    case Json::Kind::String: o.str(v.as_string()); return;
    case Json::Kind::Array: enc_list(o, v.begin(), v.end()); return;
    case Json::Kind::Object: {
      bool first = true;
      o.raw(wire >= 2 ? "{\"$\":\"map\",\"v\":[" : "{\"$\":\"obj\",\"v\":{");
      for (auto& kv : v.items()) {
        if (!first) o.s += ',';
        first = false;
        if (wire >= 2) o.s += '[';
        o.str(kv.first);
        o.s += wire >= 2 ? ',' : ':';
        enc(o, kv.second);
        if (wire >= 2) o.s += ']';
      }
      o.raw(wire >= 2 ? "]}" : "}}");
      return;
    }
  }
}


// ---- the process (defined with the harness's compiled part) ----

struct LineIn;

// When a case's call starts and ends, as the parent times it (PROTOCOL.md): `ready` once its
// arguments are decoded (a timed case then waits for "go"), `returned` as soon as the call returned.
struct Moments {
  LineIn* in;
  std::string id;  // the case's "i", as text
  bool timed;
  // The parent times the case between "ready" and "returned": a timed case, or one sent alone.
  bool watched;
  // Calls in one timing (a timed case's "reps"): each on its own decoded arguments and object.
  int reps;
  void ready();
  void returned();
};

// The main loop: `run_case` decodes a case's arguments, calls, and writes the value into its Out.
int serve(void (*run_case)(const J& c, Out& o, Moments& at));
const std::string& case_type(const J& c);
const J& case_field(const J& c, const char* name);

// Reads and deletes the config, marks the channels close-on-exec, sets the memory limit, starts the
// lifeline, installs the signal handlers. The driver defines the one Boot, before the person's
// file, so it runs before their globals are initialised.
struct Boot {
  Boot();
};

// ---- calling a method with arguments decoded into its own parameter types ----

template <class F> struct method;
template <class C, class R, class... A> struct method<R (C::*)(A...)> {
  using result = R;
  using args = std::tuple<std::decay_t<A>...>;
};
template <class C, class R, class... A> struct method<R (C::*)(A...) const> : method<R (C::*)(A...)> {};
template <class C, class R, class... A> struct method<R (C::*)(A...) noexcept> : method<R (C::*)(A...)> {};
template <class C, class R, class... A> struct method<R (C::*)(A...) const noexcept> : method<R (C::*)(A...)> {};

template <class R, class... A> struct method<R (*)(A...)> {
  using result = R;
  using args = std::tuple<std::decay_t<A>...>;
};
template <class R, class... A> struct method<R (*)(A...) noexcept> : method<R (*)(A...)> {};

// obj.*m(xs...) for a member function, m(xs...) for a static one.
template <class C, class M, class... X> decltype(auto) call(C& obj, M m, X&... xs) {
  if constexpr (std::is_member_function_pointer_v<M>) return (obj.*m)(xs...);
  else return m(xs...);
}

template <class Tup, std::size_t... I> void dec_args(const J& list, Tup& out, std::index_sequence<I...>) {
  (dec(list.a[I], std::get<I>(out)), ...);
}
template <class Tup> Tup decode_args(const J& list, const char* what) {
  constexpr std::size_t n = std::tuple_size_v<Tup>;
  if (list.kind != J::Arr) throw BadInput(std::string("the arguments of ") + what + " are not a list");
  if (list.a.size() != n) throw BadInput(std::string(what) + " takes " + std::to_string(n) + " argument(s) in your code, the test passes " + std::to_string(list.a.size()));
  Tup t{};
  dec_args(list, t, std::make_index_sequence<n>{});
  return t;
}

// Whether a decoded value can be copied for another call instead of decoded again: numbers,
// strings, and standard containers of them, whose copy is as fresh as a decode and far faster.
// Anything else (a record, a linked node, a pointer) is decoded again.
template <class T> struct plain_value : std::bool_constant<std::is_arithmetic_v<T>> {};
template <> struct plain_value<std::string> : std::true_type {};
template <class T, class A> struct plain_value<std::vector<T, A>> : plain_value<T> {};
template <class T, class H, class E, class A> struct plain_value<std::unordered_set<T, H, E, A>> : plain_value<T> {};
template <class T, class C, class A> struct plain_value<std::set<T, C, A>> : plain_value<T> {};
template <class K, class V, class H, class E, class A> struct plain_value<std::unordered_map<K, V, H, E, A>> : std::bool_constant<plain_value<K>::value && plain_value<V>::value> {};
template <class K, class V, class C, class A> struct plain_value<std::map<K, V, C, A>> : std::bool_constant<plain_value<K>::value && plain_value<V>::value> {};
template <class T> struct plain_value<std::optional<T>> : plain_value<T> {};
template <class A, class B> struct plain_value<std::pair<A, B>> : std::bool_constant<plain_value<A>::value && plain_value<B>::value> {};
template <class... T> struct plain_value<std::tuple<T...>> : std::bool_constant<(plain_value<T>::value && ...)> {};

// Calls obj.*m with the decoded arguments, telling `at` when the call starts and when it returned.
template <class C, class M>
void invoke(Out& o, C& obj, M m, const J& args, const char* what, Moments& at) {
  using Info = method<M>;
  auto tup = decode_args<typename Info::args>(args, what);
  // A timed case with reps: the calls before the reported one, each with its own arguments and
  // object, all made before "ready".
  const std::size_t more = at.reps > 1 ? std::size_t(at.reps - 1) : 0;
  std::vector<typename Info::args> sets;
  sets.reserve(more);
  for (std::size_t k = 0; k < more; ++k) {
    if constexpr (plain_value<typename Info::args>::value) sets.push_back(tup);
    else sets.push_back(decode_args<typename Info::args>(args, what));
  }
  std::unique_ptr<C[]> objs(more ? new C[more] : nullptr);
  at.ready();
  for (std::size_t k = 0; k < more; ++k) std::apply([&](auto&... xs) { (void)call(objs[k], m, xs...); }, sets[k]);
  if constexpr (std::is_void_v<typename Info::result>) {
    std::apply([&](auto&... xs) { call(obj, m, xs...); }, tup);
    at.returned();
    o.raw("null");
  } else {
    auto&& r = std::apply([&](auto&... xs) -> decltype(auto) { return call(obj, m, xs...); }, tup);
    at.returned();
    enc(o, r);
  }
}

// One operation of a design-class case, its arguments decoded now (before "ready"), run later.
template <class C, class M>
std::function<void(Out&)> step(std::unique_ptr<C>& obj, M m, const J& args, const char* what) {
  using Info = method<M>;
  auto tup = std::make_shared<typename Info::args>(decode_args<typename Info::args>(args, what));
  return [&obj, m, tup](Out& o) {
    if constexpr (std::is_void_v<typename Info::result>) {
      std::apply([&](auto&... xs) { call(*obj, m, xs...); }, *tup);
      o.raw("null");
    } else {
      auto&& r = std::apply([&](auto&... xs) -> decltype(auto) { return call(*obj, m, xs...); }, *tup);
      enc(o, r);
    }
  };
}

// The constructor step: arguments in the signature's declared types.
template <class C, class Tup>
std::function<void(Out&)> construct(std::unique_ptr<C>& obj, const J& args) {
  auto tup = std::make_shared<Tup>(decode_args<Tup>(args, "the constructor"));
  return [&obj, tup](Out& o) {
    obj = std::apply([](auto&... xs) { return std::make_unique<C>(xs...); }, *tup);
    o.raw("null");
  };
}

// Runs an ops case: every argument list decoded first, then the steps in order.
template <class C>
void run_ops(Out& o, std::unique_ptr<C>& obj, std::vector<std::function<void(Out&)>>& steps, Moments& at) {
  at.ready();
  o.s += '[';
  for (std::size_t k = 0; k < steps.size(); ++k) {
    if (k) o.s += ',';
    steps[k](o);
  }
  o.s += ']';
  at.returned();
  obj.reset();
}

}  // namespace drills_
