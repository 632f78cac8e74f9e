require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 401
    headers 'WWW-Authenticate' => 'Bearer realm="example"'
    json message: 'Unauthorized'
end
