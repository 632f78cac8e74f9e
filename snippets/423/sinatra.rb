require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 423
    json message: 'Locked'
end
