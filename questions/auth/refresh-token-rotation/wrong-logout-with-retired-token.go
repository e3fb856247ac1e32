import "strconv"

// Wrong: logout accepts any token of a live family, including one already rotated away, so an old
// leaked token can still end the user's session.
type family struct {
	user    string
	revoked bool
}

type issued struct {
	fam     *family
	created int
	rotated bool
}

type TokenService struct {
	ttl    int
	count  int
	tokens map[string]*issued
}

func Constructor(ttlSeconds int) TokenService {
	return TokenService{ttl: ttlSeconds, tokens: map[string]*issued{}}
}

func (this *TokenService) mint(fam *family, now int) string {
	this.count++
	token := fam.user + "." + strconv.Itoa(this.count)
	this.tokens[token] = &issued{fam: fam, created: now}
	return token
}

func (this *TokenService) Issue(user string, now int) string {
	return this.mint(&family{user: user}, now)
}

func (this *TokenService) Refresh(token string, now int) string {
	t, ok := this.tokens[token]
	if !ok {
		return "invalid"
	}
	if t.fam.revoked {
		return "revoked"
	}
	if t.rotated {
		t.fam.revoked = true
		return "reuse-detected"
	}
	if now >= t.created+this.ttl {
		return "expired"
	}
	t.rotated = true
	return this.mint(t.fam, now)
}

func (this *TokenService) Logout(token string) bool {
	t, ok := this.tokens[token]
	if !ok || t.fam.revoked {
		return false
	}
	t.fam.revoked = true
	return true
}
