require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 429
    headers 'Retry-After' => '60'
    json message: 'Too Many Requests'
end
