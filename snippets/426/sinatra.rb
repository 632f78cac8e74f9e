require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 426
    headers 'Upgrade' => 'HTTP/3.0'
    headers 'Connection' => 'Upgrade'
    json message: 'Upgrade Required'
end
