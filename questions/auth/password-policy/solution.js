function passwordProblems(password, email, breached) {
  const out = [];
  const chars = [...password];
  if (chars.length < 12) out.push('too-short');
  if (chars.length > 128) out.push('too-long');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) out.push('needs-variety');
  const local = email.split('@')[0].toLowerCase();
  const lower = password.toLowerCase();
  if (local.length >= 3 && lower.includes(local)) out.push('contains-name');
  if (breached.some((b) => b.toLowerCase() === lower)) out.push('breached');
  return out;
}
