require 'sinatra'
require 'sinatra/json'

post '/endpoint' do
    # Puma answers `Expect: 100-continue` with the interim 100 Continue itself,
    # so the client sends the body that is read here.
    request.body.read
    status 200
    json message: 'OK'
end
