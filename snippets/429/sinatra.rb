require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 429
    json message: 'Too Many Requests'
end
