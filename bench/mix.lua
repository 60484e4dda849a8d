-- wrk: the mixed workload, a cycle of 10 requests per wrk thread: 5 reads by id, 2 lists, 1 new post, 1 vote on a
-- post this thread wrote (each voted once), 1 order (which calls the payment service). A thread's connections share
-- its cycle, so written posts are queued by their answers, not by position. TOKEN, PRODUCT_ID from the environment.
local token = os.getenv("TOKEN")
local product = os.getenv("PRODUCT_ID")
local json = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
local auth = { ["Authorization"] = "Bearer " .. token }
local step, counter = 0, 0
local unvoted = {}
-- Answers other than 2xx by status and request kind ("502 order"), read by report.lua's done() through thread:get.
unexpected = {}
local kind

request = function()
  step = step % 10 + 1
  counter = counter + 1
  if step <= 5 then
    kind = "read"
    return wrk.format("GET", "/api/posts/1", auth)
  elseif step <= 7 then
    kind = "list"
    return wrk.format("GET", "/api/posts?limit=10", auth)
  elseif step == 8 or (step == 9 and #unvoted == 0) then
    kind = "post"
    return wrk.format("POST", "/api/posts", json,
      string.format('{"title":"bench %d","content":"written by the benchmark","published":true}', counter))
  elseif step == 9 then
    kind = "vote"
    return wrk.format("POST", "/api/votes", json, string.format('{"post_id":%s,"voted":true}', table.remove(unvoted, 1)))
  else
    kind = "order"
    return wrk.format("POST", "/api/orders", json,
      string.format('{"product_id":%s,"quantity":1,"payment_method":"card","order_type":"standard"}', product))
  end
end

response = function(status, headers, body)
  if status >= 300 then
    -- wrk may build the next request before this answer arrives: the kind is the latest request's, a hint only.
    local key = status .. " " .. kind
    unexpected[key] = (unexpected[key] or 0) + 1
  end
  if status == 201 and string.find(body, '"title":"bench ', 1, true) then
    table.insert(unvoted, string.match(body, '"id":(%d+)'))
  end
end
