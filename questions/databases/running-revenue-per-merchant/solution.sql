WITH daily AS (
  SELECT merchant, day, SUM(amount_cents) AS day_total
  FROM payments
  GROUP BY merchant, day
)
SELECT merchant, day, day_total,
       SUM(day_total) OVER (PARTITION BY merchant ORDER BY day) AS running_total
FROM daily
ORDER BY merchant, day;
