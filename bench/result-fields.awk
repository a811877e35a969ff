# SPDX-License-Identifier: Apache-2.0
# Shared by the scripts that summarize the load generator's RESULT lines (awk -f this -f theirs).

# The value of key=value in a RESULT line, or "" when the line has none.
function field(line, key,    n, i, parts, kv) {
  n = split(line, parts, " ")
  for (i = 2; i <= n; i++) { split(parts[i], kv, "="); if (kv[1] == key) return kv[2] }
  return ""
}

# The median of space-separated numbers, or "" for none.
function median(list,    n, i, j, v, t) {
  n = split(list, v, " ")
  if (n == 0) return ""
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
  return (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
}
