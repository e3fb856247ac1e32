-- Runs the window over individual payments, so days with several payments appear several times.
SELECT merchant, day, SUM(amount_cents) OVER (PARTITION BY merchant, day) AS day_total,
       SUM(amount_cents) OVER (PARTITION BY merchant ORDER BY day) AS running_total
FROM payments ORDER BY merchant, day;
