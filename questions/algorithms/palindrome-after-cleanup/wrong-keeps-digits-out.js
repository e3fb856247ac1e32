// Keeps only letters: digits are dropped, so "ab-12-BA" looks like a palindrome.
function isCleanPalindrome(s) {
  const t = s.toLowerCase().replace(/[^a-z]/g, '');
  return t === [...t].reverse().join('');
}
