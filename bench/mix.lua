-- wrk: the mixed workload, per connection cycle of 10 requests: 5 reads by id, 2 lists, 1 new post, 1 vote on
-- the post just written, 1 order (which calls the payment service). TOKEN, PRODUCT_ID come from the environment.
local token = os.getenv("TOKEN")
local product = os.getenv("PRODUCT_ID")
local json = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
local auth = { ["Authorization"] = "Bearer " .. token }
local step, last_post, counter = 0, nil, 0

request = function()
  step = step % 10 + 1
  counter = counter + 1
  if step <= 5 then
    return wrk.format("GET", "/api/posts/1", auth)
  elseif step <= 7 then
    return wrk.format("GET", "/api/posts?limit=10", auth)
  elseif step == 8 or (step == 9 and last_post == nil) then
    step = 8
    return wrk.format("POST", "/api/posts", json,
      string.format('{"title":"bench %d","content":"written by the benchmark","published":true}', counter))
  elseif step == 9 then
    local post = last_post
    last_post = nil
    return wrk.format("POST", "/api/votes", json, string.format('{"post_id":%s,"voted":true}', post))
  else
    return wrk.format("POST", "/api/orders", json,
      string.format('{"product_id":%s,"quantity":1,"payment_method":"card","order_type":"standard"}', product))
  end
end

response = function(status, headers, body)
  if step == 8 and status == 201 then
    last_post = string.match(body, '"id":(%d+)')
  end
end
