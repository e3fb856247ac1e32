-- Numbers every login, not every day: two logins on one day split or stretch a streak.
WITH numbered AS (
  SELECT user_id, date(login_at) AS day,
         julianday(date(login_at)) - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY login_at) AS grp
  FROM logins
)
SELECT user_id, MIN(day) AS streak_start, MAX(day) AS streak_end, COUNT(DISTINCT day) AS days
FROM numbered
GROUP BY user_id, grp
ORDER BY user_id, streak_start;
