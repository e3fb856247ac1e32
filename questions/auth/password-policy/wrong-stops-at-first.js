// Returns only the first problem, so users are sent back once per rule.
function passwordProblems(password, email, breached) {
  if ([...password].length < 12) return ['too-short'];
  if ([...password].length > 128) return ['too-long'];
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return ['needs-variety'];
  const local = email.split('@')[0].toLowerCase();
  if (local.length >= 3 && password.toLowerCase().includes(local)) return ['contains-name'];
  if (breached.some((b) => b.toLowerCase() === password.toLowerCase())) return ['breached'];
  return [];
}
