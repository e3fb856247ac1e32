// The Go harness (protocol v3, see PROTOCOL.md). It is compiled into one program together with the
// person's file and the glue generated from the drill's signature (drills_glue.go), and runs inside
// the child process: it reads its config from a file it deletes before any judged code runs, then
// takes one case at a time from the cases channel and answers on the token-tagged results channel.
// It never sees expected answers: the parent compares.
//
// Every name here starts with "drills" so it cannot clash with the person's own names (the program
// is one package).
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

type drillsConfig struct {
	Token    string `json:"token"`
	Channels struct {
		Cases    int `json:"cases"`
		Results  int `json:"results"`
		Lifeline int `json:"lifeline"`
	} `json:"channels"`
	OutputCap int `json:"outputCap"`
	Memory    struct {
		AddressSpaceMb int `json:"addressSpaceMb"`
		RssMb          int `json:"rssMb"`
	} `json:"memory"`
	HeapMb int    `json:"heapMb"`
	File   string `json:"file"`
	Wire   int    `json:"wire"`
}

var (
	drillsCfg     drillsConfig
	drillsResults *os.File
	drillsCases   *os.File
	drillsCurrent = -1
	drillsTimed   bool
	drillsWatched bool
	drillsReader  *bufio.Reader
)

// drillsSend writes one token-tagged record. Records are built as raw JSON text.
func drillsSend(rec []byte) {
	line := make([]byte, 0, len(drillsCfg.Token)+len(rec)+2)
	line = append(line, drillsCfg.Token...)
	line = append(line, ' ')
	line = append(line, rec...)
	line = append(line, '\n')
	for len(line) > 0 {
		n, err := drillsResults.Write(line)
		if err != nil {
			return
		}
		line = line[n:]
	}
}

func drillsQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// ---- stopping the process tree ----

func drillsDescendants(root int) []int {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		data, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		s := string(data)
		at := strings.LastIndexByte(s, ')')
		if at < 0 || at+2 > len(s) {
			continue
		}
		fields := strings.Fields(s[at+2:])
		if len(fields) < 2 {
			continue
		}
		ppid, err := strconv.Atoi(fields[1])
		if err == nil {
			children[ppid] = append(children[ppid], pid)
		}
	}
	var found []int
	queue := []int{root}
	seen := map[int]bool{root: true}
	for len(queue) > 0 {
		next := queue[0]
		queue = queue[1:]
		for _, c := range children[next] {
			if !seen[c] {
				seen[c] = true
				found = append(found, c)
				queue = append(queue, c)
			}
		}
	}
	return found
}

// drillsKillTree stops this process and everything it started.
func drillsKillTree() {
	pid := os.Getpid()
	if runtime.GOOS == "linux" {
		for _, c := range drillsDescendants(pid) {
			_ = syscall.Kill(c, syscall.SIGKILL)
		}
	}
	_ = syscall.Kill(-pid, syscall.SIGKILL)
	os.Exit(137)
}

// ---- memory ----

func drillsStatm() (vsize, rss int64, ok bool) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, 0, false
	}
	f := strings.Fields(string(data))
	if len(f) < 2 {
		return 0, 0, false
	}
	v, _ := strconv.ParseInt(f[0], 10, 64)
	r, _ := strconv.ParseInt(f[1], 10, 64)
	page := int64(os.Getpagesize())
	return v * page, r * page, true
}

func drillsLimitMemory() {
	limitMb := drillsCfg.Memory.AddressSpaceMb
	if limitMb == 0 {
		limitMb = drillsCfg.Memory.RssMb
	}
	if drillsCfg.HeapMb > 0 {
		// The collector works harder as the heap nears the limit, as a heap flag does for Node.
		debug.SetMemoryLimit(int64(drillsCfg.HeapMb) << 20)
	}
	if limitMb == 0 {
		return
	}
	limit := int64(limitMb) << 20
	if drillsCfg.Memory.AddressSpaceMb > 0 {
		// A backstop well above the limit: past it the runtime dies with "out of memory" (which
		// the judge also reads as the memory limit). The Go runtime reserves address space it
		// never touches (the page allocator's indexes), so it counts from what the bare program holds.
		if base, _, ok := drillsStatm(); ok {
			hard := uint64(base) + 2*uint64(limit) + 256<<20
			_ = syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: hard, Max: hard})
		}
	}
	// The limit itself: the heap's live objects (counted when allocated, before they are touched)
	// and the resident memory, checked every few milliseconds.
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	go func() {
		for {
			metrics.Read(sample)
			heap := int64(0)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				heap = int64(sample[0].Value.Uint64())
			}
			_, rss, _ := drillsStatm()
			if heap > limit || rss > limit {
				drillsSend([]byte(`{"t":"limit","kind":"memory"}`))
				drillsKillTree()
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
}

// ---- values: decoding (wire format 1 and 2 both read) ----

// drillsBadInput is a value that does not fit the declared type: the case's data, not the person's code.
type drillsBadInput struct{ msg string }

func drillsBad(format string, a ...any) {
	panic(drillsBadInput{fmt.Sprintf(format, a...)})
}

func drillsTag(v any) (string, any, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		return "", nil, false
	}
	t, ok := m["$"].(string)
	if !ok {
		return "", nil, false
	}
	return t, m["v"], true
}

func drillsShow(v any) string {
	b, err := json.Marshal(v)
	if err != nil || len(b) > 80 {
		return fmt.Sprintf("%.80v", v)
	}
	return string(b)
}

func drillsInt64(v any, bits int) int64 {
	text := ""
	switch x := v.(type) {
	case json.Number:
		text = string(x)
	case map[string]any:
		if t, inner, _ := drillsTag(x); t == "int" || t == "big" {
			text, _ = inner.(string)
		} else if t == "-0" {
			return 0
		}
	}
	n, err := strconv.ParseInt(text, 10, bits)
	if err != nil {
		// A whole number written as 3.0 (wire format 1 cannot tell them apart) is still that integer.
		if f, ferr := strconv.ParseFloat(text, 64); ferr == nil && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			n2 := int64(f)
			if bits == 64 || (n2 >= math.MinInt32 && n2 <= math.MaxInt32) {
				return n2
			}
		}
		drillsBad("%s is not an integer of %d bits", drillsShow(v), bits)
	}
	return n
}

func drillsInt(v any) int    { return int(drillsInt64(v, 32)) }
func drillsLong(v any) int64 { return drillsInt64(v, 64) }
func drillsFloat(v any) float64 {
	switch x := v.(type) {
	case json.Number:
		f, err := strconv.ParseFloat(string(x), 64)
		if err == nil {
			return f
		}
	case map[string]any:
		t, inner, _ := drillsTag(x)
		switch t {
		case "NaN":
			return math.NaN()
		case "Inf":
			return math.Inf(1)
		case "-Inf":
			return math.Inf(-1)
		case "-0":
			return math.Copysign(0, -1)
		case "float", "int", "big":
			if s, ok := inner.(string); ok {
				if f, err := strconv.ParseFloat(s, 64); err == nil {
					return f
				}
			}
		}
	}
	drillsBad("%s is not a number", drillsShow(v))
	return 0
}

func drillsBool(v any) bool {
	b, ok := v.(bool)
	if !ok {
		drillsBad("%s is not a bool", drillsShow(v))
	}
	return b
}

func drillsString(v any) string {
	s, ok := v.(string)
	if !ok {
		drillsBad("%s is not a string", drillsShow(v))
	}
	return s
}

func drillsIsNull(v any) bool {
	if v == nil {
		return true
	}
	t, _, ok := drillsTag(v)
	return ok && t == "undef"
}

// drillsList reads a list (or a set, which wire format 2 tags).
func drillsList(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case map[string]any:
		if t, inner, _ := drillsTag(x); t == "set" {
			if l, ok := inner.([]any); ok {
				return l
			}
		}
	}
	drillsBad("%s is not a list", drillsShow(v))
	return nil
}

// drillsPairs reads a map as key/value pairs: a JSON object, {"$":"obj"} (format 1) or {"$":"map"} (format 2).
func drillsPairs(v any) [][2]any {
	m, ok := v.(map[string]any)
	if !ok {
		drillsBad("%s is not a map", drillsShow(v))
	}
	t, inner, tagged := drillsTag(m)
	if tagged && t == "map" {
		list, _ := inner.([]any)
		out := make([][2]any, 0, len(list))
		for _, p := range list {
			pair, ok := p.([]any)
			if !ok || len(pair) != 2 {
				drillsBad("a map entry %s is not a [key, value] pair", drillsShow(p))
			}
			out = append(out, [2]any{pair[0], pair[1]})
		}
		return out
	}
	if tagged && t == "obj" {
		m, _ = inner.(map[string]any)
	}
	out := make([][2]any, 0, len(m))
	for k, x := range m {
		out = append(out, [2]any{k, x})
	}
	return out
}

// drillsIntKey reads an integer map key, which format 1 sends as a string.
func drillsIntKey(v any, bits int) int64 {
	if s, ok := v.(string); ok {
		n, err := strconv.ParseInt(s, 10, bits)
		if err != nil {
			drillsBad("map key %q is not an integer of %d bits", s, bits)
		}
		return n
	}
	return drillsInt64(v, bits)
}

// drillsJSON turns a wire value into plain Go data for a `json` parameter: nil, bool, int (or
// float64 for a fraction), string, []any, map[string]any.
func drillsJSON(v any) any {
	switch x := v.(type) {
	case nil, bool, string:
		return x
	case json.Number:
		if n, err := strconv.ParseInt(string(x), 10, 64); err == nil && n >= math.MinInt && n <= math.MaxInt {
			return int(n)
		}
		return drillsFloat(x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = drillsJSON(e)
		}
		return out
	case map[string]any:
		if t, _, ok := drillsTag(x); ok {
			switch t {
			case "int", "big":
				return int(drillsLong(x))
			case "float", "NaN", "Inf", "-Inf", "-0":
				return drillsFloat(x)
			case "undef":
				return nil
			case "set":
				return drillsJSON(drillsList(x))
			case "obj", "map":
				out := map[string]any{}
				for _, p := range drillsPairs(x) {
					out[fmt.Sprint(drillsJSON(p[0]))] = drillsJSON(p[1])
				}
				return out
			}
		}
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = drillsJSON(e)
		}
		return out
	}
	drillsBad("%s is not JSON data", drillsShow(v))
	return nil
}

// ---- values: encoding ----

const drillsMaxSafe = 1<<53 - 1

type drillsOut struct {
	b    []byte
	wire int
}

func (o *drillsOut) raw(s string) { o.b = append(o.b, s...) }
func (o *drillsOut) Null()        { o.b = append(o.b, "null"...) }
func (o *drillsOut) Bool(v bool)  { o.b = strconv.AppendBool(o.b, v) }
func (o *drillsOut) Str(v string) {
	b, _ := json.Marshal(v)
	o.b = append(o.b, b...)
}

func (o *drillsOut) Int(v int64) {
	if v > drillsMaxSafe || v < -drillsMaxSafe {
		tag := "big"
		if o.wire >= 2 {
			tag = "int"
		}
		o.raw(`{"$":"` + tag + `","v":"` + strconv.FormatInt(v, 10) + `"}`)
		return
	}
	o.b = strconv.AppendInt(o.b, v, 10)
}

func (o *drillsOut) Float(v float64) {
	switch {
	case math.IsNaN(v):
		o.raw(`{"$":"NaN"}`)
	case math.IsInf(v, 1):
		o.raw(`{"$":"Inf"}`)
	case math.IsInf(v, -1):
		o.raw(`{"$":"-Inf"}`)
	case v == 0 && math.Signbit(v):
		o.raw(`{"$":"-0"}`)
	default:
		text := strconv.FormatFloat(v, 'g', -1, 64)
		if o.wire >= 2 && !strings.ContainsAny(text, ".e") {
			o.raw(`{"$":"float","v":"` + text + `.0"}`)
			return
		}
		o.raw(text)
	}
}

// Open and close lists; the glue writes the commas.
func (o *drillsOut) Comma(i int) {
	if i > 0 {
		o.b = append(o.b, ',')
	}
}

// drillsEntry is one encoded key of a map or element of a set, sortable so answers are stable.
type drillsEntry struct {
	num   int64
	str   string
	isStr bool
	value func(o *drillsOut)
}

func drillsSortEntries(es []drillsEntry) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].isStr {
			return es[i].str < es[j].str
		}
		return es[i].num < es[j].num
	})
}

func (o *drillsOut) key(e drillsEntry) {
	if e.isStr {
		o.Str(e.str)
	} else {
		o.Int(e.num)
	}
}

// Map writes a map: {"$":"obj"} with string keys in format 1, {"$":"map"} with typed keys in format 2.
func (o *drillsOut) Map(es []drillsEntry) {
	drillsSortEntries(es)
	if o.wire >= 2 {
		o.raw(`{"$":"map","v":[`)
		for i, e := range es {
			o.Comma(i)
			o.raw("[")
			o.key(e)
			o.raw(",")
			e.value(o)
			o.raw("]")
		}
		o.raw("]}")
		return
	}
	o.raw(`{"$":"obj","v":{`)
	for i, e := range es {
		o.Comma(i)
		if e.isStr {
			o.Str(e.str)
		} else {
			o.Str(strconv.FormatInt(e.num, 10))
		}
		o.raw(":")
		e.value(o)
	}
	o.raw("}}")
}

// Set writes a set's elements in order: a list in format 1, {"$":"set"} in format 2.
func (o *drillsOut) Set(es []drillsEntry) {
	drillsSortEntries(es)
	if o.wire >= 2 {
		o.raw(`{"$":"set","v":[`)
	} else {
		o.raw("[")
	}
	for i, e := range es {
		o.Comma(i)
		o.key(e)
	}
	if o.wire >= 2 {
		o.raw("]}")
	} else {
		o.raw("]")
	}
}

// Fields writes a record: named fields, as a map with string keys.
func (o *drillsOut) Fields(names []string, present []bool, values []func(o *drillsOut)) {
	var es []drillsEntry
	for i, n := range names {
		if present[i] {
			es = append(es, drillsEntry{str: n, isStr: true, value: values[i]})
		}
	}
	o.Map(es)
}

// JSON writes a `json` value the person returned.
func (o *drillsOut) JSON(v any, depth int) {
	if depth > 2000 {
		o.raw(`{"$":"repr","v":"<nested too deeply>"}`)
		return
	}
	switch x := v.(type) {
	case nil:
		o.Null()
	case bool:
		o.Bool(x)
	case string:
		o.Str(x)
	case int:
		o.Int(int64(x))
	case int64:
		o.Int(x)
	case int32:
		o.Int(int64(x))
	case float64:
		o.Float(x)
	case float32:
		o.Float(float64(x))
	case json.Number:
		o.raw(string(x))
	case []any:
		o.raw("[")
		for i, e := range x {
			o.Comma(i)
			o.JSON(e, depth+1)
		}
		o.raw("]")
	case []string:
		o.raw("[")
		for i, e := range x {
			o.Comma(i)
			o.Str(e)
		}
		o.raw("]")
	case []int:
		o.raw("[")
		for i, e := range x {
			o.Comma(i)
			o.Int(int64(e))
		}
		o.raw("]")
	case map[string]any:
		es := make([]drillsEntry, 0, len(x))
		for k, e := range x {
			e := e
			es = append(es, drillsEntry{str: k, isStr: true, value: func(o *drillsOut) { o.JSON(e, depth+1) }})
		}
		o.Map(es)
	default:
		o.raw(`{"$":"repr","v":` + drillsQuote(fmt.Sprintf("%#v", v)) + `}`)
	}
}

// ---- capturing what a case prints ----

// drillsStream replaces os.Stdout or os.Stderr with a pipe, so what a case prints is returned with
// its result (and counted against the output cap) rather than racing it to the parent on another
// pipe. A goroutine drains the pipe whenever it has data (a flood is stopped at the cap as it
// happens); after a case the main goroutine drains what is left itself. Both read under the
// stream's lock, so every byte written before the call returned is in the pipe or in buf: nothing
// is in between, and no round trip through the goroutine is needed.
type drillsStream struct {
	mu      sync.Mutex
	buf     []byte
	fd      int
	scratch []byte
}

var (
	// The original files stay referenced: a dropped *os.File is closed by its finalizer, and the
	// runtime's own fatal messages (out of memory, stack overflow) go to descriptor 2.
	drillsRealFiles []*os.File
	drillsOutMu     sync.Mutex
	drillsOutTotal  int
)

// drain reads what the pipe holds now, without waiting; the caller holds s.mu. It returns false at
// end of file or on an error other than "nothing to read".
func (s *drillsStream) drain() bool {
	for {
		n, err := syscall.Read(s.fd, s.scratch)
		if n > 0 {
			s.buf = append(s.buf, s.scratch[:n]...)
			drillsOutMu.Lock()
			drillsOutTotal += n
			over := drillsOutTotal > drillsCfg.OutputCap
			drillsOutMu.Unlock()
			if over {
				drillsSend([]byte(`{"t":"limit","kind":"output"}`))
				drillsKillTree()
			}
			continue
		}
		if err == syscall.EINTR {
			continue
		}
		return err == syscall.EAGAIN
	}
}

func drillsCapture(target **os.File) *drillsStream {
	r, w, err := os.Pipe()
	if err != nil {
		return nil
	}
	// The read end is in the runtime's poller (and non-blocking): its RawConn waits for data without
	// reading it. (File.Fd would switch it to blocking mode.)
	rc, err := r.SyscallConn()
	if err != nil {
		return nil
	}
	s := &drillsStream{fd: -1, scratch: make([]byte, 1<<16)}
	_ = rc.Control(func(fd uintptr) { s.fd = int(fd) })
	if s.fd < 0 {
		return nil
	}
	drillsRealFiles = append(drillsRealFiles, *target, r)
	*target = w
	go func() {
		_ = rc.Read(func(uintptr) bool {
			s.mu.Lock()
			open := s.drain()
			s.mu.Unlock()
			// false: wait until the pipe has data, then drain again.
			return !open
		})
	}()
	return s
}

// take returns what was printed since the last call.
func (s *drillsStream) take() string {
	if s == nil {
		return ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.drain()
	text := string(s.buf)
	s.buf = s.buf[:0]
	return text
}

// ---- the protocol ----

// drillsReady tells the parent the arguments are decoded; a timed case then waits for "go". Only a
// case the parent times between "ready" and "returned" (timed, or sent alone) hears of it.
func drillsReady() {
	if !drillsWatched {
		return
	}
	drillsSend([]byte(`{"t":"ready","i":` + strconv.Itoa(drillsCurrent) + `}`))
	for drillsTimed {
		line, err := drillsReader.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			drillsKillTree()
		}
		var msg struct {
			T string `json:"t"`
			I *int   `json:"i"`
		}
		if json.Unmarshal(line, &msg) == nil && msg.T == "go" && msg.I != nil && *msg.I == drillsCurrent {
			return
		}
	}
}

// drillsReturned is sent as soon as the call returns, before the value is encoded: the parent's clock stops here.
func drillsReturned() {
	if !drillsWatched {
		return
	}
	drillsSend([]byte(`{"t":"returned","i":` + strconv.Itoa(drillsCurrent) + `}`))
}

// drillsLine finds the innermost frame in the person's file: where a panic happened.
func drillsLine(pcs []uintptr) int {
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if filepath.Base(f.File) == drillsCfg.File {
			return f.Line
		}
		if !more {
			return 0
		}
	}
}

type drillsCase struct {
	T     string          `json:"t"`
	I     *int            `json:"i"`
	Type  string          `json:"type"`
	Args  json.RawMessage `json:"args"`
	Ops   []string        `json:"ops"`
	Timed bool            `json:"timed"`
	Clock bool            `json:"clock"`
	Reps  int             `json:"reps"`
}

func drillsParse(raw json.RawMessage) any {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		drillsBad("the arguments are not JSON: %v", err)
	}
	return v
}

// drillsRun runs one case and returns its result record.
func drillsRun(c *drillsCase) (rec []byte) {
	i := strconv.Itoa(drillsCurrent)
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		pcs := make([]uintptr, 64)
		n := runtime.Callers(1, pcs)
		line := drillsLine(pcs[:n])
		msg := ""
		memory := false
		switch x := r.(type) {
		case drillsBadInput:
			msg = "the judge could not pass this case's input: " + x.msg
		case runtime.Error:
			msg = "panic: " + x.Error()
			memory = strings.Contains(x.Error(), "out of memory")
		case error:
			msg = "panic: " + x.Error()
		default:
			msg = "panic: " + fmt.Sprint(x)
		}
		rec = []byte(`{"t":"result","i":` + i + `,"ok":false,"error":` + drillsQuote(msg) + `,"memory":` + strconv.FormatBool(memory))
		if line > 0 {
			rec = append(rec, `,"line":`+strconv.Itoa(line)...)
		}
		rec = append(rec, '}')
	}()
	var write func(o *drillsOut)
	switch c.Type {
	case "call":
		// A timed case may ask for several calls in one timing (reps), each on its own arguments
		// decoded from the parsed message, all before "ready": the value reported is the last call's.
		reps := 1
		if c.Timed && c.Reps > 1 {
			reps = c.Reps
			if reps > 1000000 {
				reps = 1000000
			}
		}
		args, ok := drillsParse(c.Args).([]any)
		if !ok {
			drillsBad("the arguments are not a list")
		}
		write = drillsCall(reps, args)
	case "ops":
		lists, ok := drillsParse(c.Args).([]any)
		if !ok || len(lists) != len(c.Ops) || len(c.Ops) == 0 {
			drillsBad("the operations and their arguments do not match")
		}
		args := make([][]any, len(lists))
		for k, l := range lists {
			a, ok := l.([]any)
			if !ok {
				drillsBad("the arguments of operation %d are not a list", k)
			}
			args[k] = a
		}
		write = drillsOps(c.Ops, args)
	default:
		drillsBad("this harness cannot run a %q case", c.Type)
	}
	o := &drillsOut{wire: drillsCfg.Wire}
	o.raw(`{"t":"result","i":` + i + `,"ok":true,"value":`)
	write(o)
	o.raw("}")
	return o.b
}

func main() {
	cfgPath := os.Args[len(os.Args)-1]
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read the harness config:", err)
		os.Exit(70)
	}
	_ = os.Remove(cfgPath)
	if err := json.Unmarshal(data, &drillsCfg); err != nil {
		fmt.Fprintln(os.Stderr, "cannot read the harness config:", err)
		os.Exit(70)
	}
	if drillsCfg.Wire == 0 {
		drillsCfg.Wire = 1
	}
	ch := drillsCfg.Channels
	for _, fd := range []int{ch.Results, ch.Cases, ch.Lifeline} {
		syscall.CloseOnExec(fd)
	}
	drillsResults = os.NewFile(uintptr(ch.Results), "results")
	drillsCases = os.NewFile(uintptr(ch.Cases), "cases")
	lifeline := os.NewFile(uintptr(ch.Lifeline), "lifeline")
	// The lifeline: the parent never writes to this pipe, so end of file means it is gone. The
	// goroutine runs while the solution busy-loops (the scheduler preempts it).
	go func() {
		buf := make([]byte, 64)
		for {
			n, err := lifeline.Read(buf)
			if n == 0 || err != nil {
				drillsKillTree()
			}
		}
	}()
	drillsLimitMemory()
	drillsSend([]byte(`{"t":"load","ok":true}`))
	drillsReader = bufio.NewReaderSize(drillsCases, 1<<16)
	stdout := drillsCapture(&os.Stdout)
	stderr := drillsCapture(&os.Stderr)
	for {
		line, err := drillsReader.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) == 0 {
			if err != nil {
				break
			}
			continue
		}
		var c drillsCase
		if json.Unmarshal(line, &c) != nil || c.T != "case" || c.I == nil {
			continue
		}
		drillsCurrent = *c.I
		drillsTimed = c.Timed
		drillsWatched = c.Timed || c.Clock
		drillsOutMu.Lock()
		drillsOutTotal = 0
		drillsOutMu.Unlock()
		rec := drillsRun(&c)
		out, errText := stdout.take(), stderr.take()
		rec = append(rec[:len(rec)-1], `,"out":`+drillsQuote(out)+`,"err":`+drillsQuote(errText)+`}`...)
		drillsSend(rec)
	}
	drillsKillTree()
}
