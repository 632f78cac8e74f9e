# Ruby (Sinatra) cannot return 102 Processing correctly: a route cannot send an interim response on WEBrick (no full hijack, no interim API); status 102 goes out as a final response with no body
