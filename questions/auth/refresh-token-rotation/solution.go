import "strconv"

// Every token points at its family, which is shared by all tokens of one login and holds whether it
// was revoked and which token is current. A token remembers when it was created and whether it was
// rotated; refresh checks invalid, revoked, reuse (which revokes the family), then expiry, in order.
type family struct {
	user    string
	revoked bool
	current string
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
	fam.current = token
	return token
}

func (this *TokenService) Issue(user string, now int) string {
	return this.mint(&family{user: user}, now)
}

func (this *TokenService) Refresh(token string, now int) string {
	t, ok := this.tokens[token]
	switch {
	case !ok:
		return "invalid"
	case t.fam.revoked:
		return "revoked"
	case t.rotated:
		t.fam.revoked = true
		return "reuse-detected"
	case now >= t.created+this.ttl:
		return "expired"
	}
	t.rotated = true
	return this.mint(t.fam, now)
}

func (this *TokenService) Logout(token string) bool {
	t, ok := this.tokens[token]
	if !ok || t.fam.revoked || t.fam.current != token {
		return false
	}
	t.fam.revoked = true
	return true
}
