import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Wrong: emits a next cursor whenever the page is full, so a feed that ends exactly at the page
// boundary sends the client to one more, empty page instead of returning null.
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
		parts := strings.SplitN(*cursor, "_", 2)
		at, _ := strconv.Atoi(parts[0])
		id, _ := strconv.Atoi(parts[1])
		for start < len(ordered) && (ordered[start].CreatedAt > at || (ordered[start].CreatedAt == at && ordered[start].Id >= id)) {
			start++
		}
	}
	end := min(len(ordered), start+size)
	items := []int{}
	for _, p := range ordered[start:end] {
		items = append(items, p.Id)
	}
	page := Page{Items: items}
	if len(items) == size {
		last := ordered[end-1]
		next := fmt.Sprintf("%d_%d", last.CreatedAt, last.Id)
		page.NextCursor = &next
	}
	return page
}
