import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Sort a copy of the posts by (createdAt, id) descending. The page starts at the first post whose
// key is strictly below the cursor's key, compared as a pair of numbers, so a deleted cursor post
// still has a position. A cursor goes out only when a post follows the page.
func paginate(posts []Post, limit int, cursor *string) Page {
	size := max(1, min(100, limit))
	ordered := append([]Post(nil), posts...)
	sort.Slice(ordered, func(i, j int) bool {
		if ordered[i].CreatedAt != ordered[j].CreatedAt {
			return ordered[i].CreatedAt > ordered[j].CreatedAt
		}
		return ordered[i].Id > ordered[j].Id
	})
	start := 0
	if cursor != nil {
		at, id := parseCursor(*cursor)
		start = sort.Search(len(ordered), func(k int) bool {
			p := ordered[k]
			return p.CreatedAt < at || (p.CreatedAt == at && p.Id < id)
		})
	}
	end := min(len(ordered), start+size)
	items := make([]int, 0, end-start)
	for _, p := range ordered[start:end] {
		items = append(items, p.Id)
	}
	page := Page{Items: items}
	if end < len(ordered) {
		last := ordered[end-1]
		next := fmt.Sprintf("%d_%d", last.CreatedAt, last.Id)
		page.NextCursor = &next
	}
	return page
}

func parseCursor(c string) (int, int) {
	at, id, _ := strings.Cut(c, "_")
	a, _ := strconv.Atoi(at)
	b, _ := strconv.Atoi(id)
	return a, b
}
