-- wrk script: the events API with the filters analysts use, in rotation.
local paths = {
  "/api/v1/events?dyad=USA-RUS&limit=50",
  "/api/v1/events?dyad=CHN-UKR&limit=50",
  "/api/v1/events?actor=USA&limit=50",
  "/api/v1/events?dyad=USA-RUS&type=SANCTION&since=2020&limit=50",
  "/api/v1/events?dyad=RUS-USA&limit=50&offset=500",
  "/api/v1/events?dyad=X50-X90&limit=50",
  "/api/v1/events?actor=CHN&status=occurred&limit=50",
  "/api/v1/events?dyad=FRA-DEU&limit=20",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
