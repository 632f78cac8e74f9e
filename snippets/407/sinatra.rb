require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 407
    headers 'Proxy-Authenticate' => 'Basic realm="proxy"'
    json message: 'Proxy Authentication Required'
end
