// Network growth by year (ネットワークの設立年ごとの推移).
// Purpose: how many networks (連絡会・協議会・協議体 …) were founded each year, and how many existed by then.
//          Networks without a founding date are not counted.
// Parameters: none.
// Example: {}
// Columns: year, founded, total
MATCH (n:Network) WHERE n.foundedOn IS NOT NULL AND NOT coalesce(n.archived, false)
WITH n.foundedOn.year AS year, count(*) AS founded ORDER BY year
WITH collect({year: year, founded: founded}) AS years
UNWIND range(0, size(years) - 1) AS i
RETURN years[i].year AS year, years[i].founded AS founded,
       reduce(total = 0, y IN years[0..i + 1] | total + y.founded) AS total
ORDER BY year
